import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './useT';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  /** Bumped by "Try again" so the view mounts afresh instead of reusing broken state. */
  attempt: number;
}

/**
 * Keeps a crash in one view from blanking the whole app. Nothing is lost:
 * every change was already written to IndexedDB before it reached the screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the only place a local-first app can leave a trace for a bug report.
    console.error('Cairn view crashed', error, info.componentStack);
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) return <ViewCrashed message={this.state.error.message} onRetry={this.retry} />;
    return <ErrorBoundaryKey key={this.state.attempt}>{this.props.children}</ErrorBoundaryKey>;
  }
}

function ErrorBoundaryKey({ children }: { children: ReactNode }) {
  return children;
}

function ViewCrashed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="view-crashed">
      <h2>{t('error.view.title')}</h2>
      <p>{t('error.view.body')}</p>
      <p className="view-crashed__detail">{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('error.view.retry')}
      </button>
    </div>
  );
}
