import { iterationRepository } from '../../db/iterationsAccess';
import type { Iteration } from '../../domain/iterations/types';
import { recordChange } from '../../state/history';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { iterationActionEntry } from './iterationHistory';
import { useWrite } from './useWrite';

/** Asks before deleting an iteration (its requirements go back to the backlog); undoable afterwards. */
export function DeleteIterationDialog({
  iteration,
  onClose,
}: {
  iteration: Iteration;
  onClose: (deleted: boolean) => void;
}) {
  const t = useT();
  const write = useWrite();

  const remove = async () => {
    const change = await write(iterationRepository.deleteIteration(iteration.id));
    if (change) recordChange(iterationActionEntry(iteration, { kind: 'delete' }, change));
    onClose(change !== undefined);
  };

  return (
    <Dialog
      open
      title={t('iterations.deleteDialog.title', { name: iteration.name })}
      onClose={() => onClose(false)}
      footer={
        <>
          <button type="button" className="button" onClick={() => onClose(false)}>
            {t('iterations.deleteDialog.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('iterations.deleteDialog.confirm')}
          </button>
        </>
      }
    >
      <p>{t('iterations.deleteConfirm')}</p>
    </Dialog>
  );
}
