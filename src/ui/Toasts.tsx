import { dismissToast, useToasts } from '../state/toasts';
import { useT } from './useT';

export function Toasts() {
  const toasts = useToasts((s) => s.toasts);
  const t = useT();
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="status" aria-live="polite" className="toasts__list">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.tone}`} data-testid="toast">
            <span className="toast__message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  toast.action?.run();
                  dismissToast(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="button button--icon"
              aria-label={t('toast.dismiss')}
              onClick={() => dismissToast(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
