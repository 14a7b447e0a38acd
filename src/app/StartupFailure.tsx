// What the main area shows when Cairn could not start; loaded only then, so it costs nothing at start-up.
import { useT } from '../ui/useT';
import { describeStartupError } from './startupError';

export default function StartupFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <section className="app__error" aria-label={t('startup.error.label')}>
      <p role="alert">{describeStartupError(error, t)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.view.retry')}
      </button>
    </section>
  );
}
