import { useSaveStatus } from '../state/saveStatus';
import { useT } from './useT';

/** The quiet "saved" signal. Tests wait on data-state="saved". */
export function SaveStatus() {
  const pending = useSaveStatus((s) => s.pending);
  const failed = useSaveStatus((s) => s.failed);
  const t = useT();
  const state = pending > 0 ? 'saving' : failed ? 'failed' : 'saved';
  const label = state === 'saving' ? t('save.saving') : state === 'failed' ? t('save.failed') : t('save.saved');
  return (
    <span className={`save-status save-status--${state}`} data-testid="save-status" data-state={state} role="status">
      {label}
    </span>
  );
}
