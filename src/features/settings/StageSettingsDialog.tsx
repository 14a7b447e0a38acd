import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { repositories } from '../../db';
import { setStageSettingsOpen, useBoardUi } from '../../state/boardUi';
import { Dialog } from '../../ui/Dialog';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { StageRow } from './StageRow';
import { addStage } from './stageHistory';
import { useSave } from './useSave';
import './stageSettings.css';

interface StageSettingsDialogProps {
  productId: string;
  productName: string;
}

/** Colours for stages the PM adds, taken in turn by how many stages there are. */
const NEW_STAGE_COLORS = ['#0891b2', '#9333ea', '#ca8a04', '#dc2626', '#4f46e5', '#059669', '#c2410c', '#be185d'];

function close() {
  // Blur first so a name or limit still being typed is committed, as a click on "Done" would.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  setStageSettingsOpen(false);
}

/** Rename, recolour, reorder, limit, add and delete the stages of one product. */
export function StageSettingsDialog({ productId, productName }: StageSettingsDialogProps) {
  const t = useT();
  const open = useBoardUi((s) => s.stageSettingsOpen);
  return (
    <Dialog
      open={open}
      title={t('stages.title', { product: productName })}
      onClose={close}
      className="stage-settings"
      footer={
        <button type="button" className="button button--primary" onClick={close}>
          {t('stages.close')}
        </button>
      }
    >
      {open && <StageSettingsBody productId={productId} />}
    </Dialog>
  );
}

/** Mounted only while the dialog is open, so the counts are not re-read on every board change. */
function StageSettingsBody({ productId }: { productId: string }) {
  const t = useT();
  const save = useSave();
  const hintId = useId();
  const [newName, setNewName] = useState('');
  const rows = useLiveQuery(async () => {
    const stages = await repositories.stages.listStages(productId);
    const counts = await Promise.all(stages.map((s) => repositories.stages.countRequirements(productId, s.id)));
    return stages.map((stage, i) => ({ stage, count: counts[i] ?? 0 }));
  }, [productId]);

  if (!rows) return <p className="stage-settings__loading">{t('app.loading')}</p>;

  const options = rows.map(({ stage }) => ({ id: stage.id, name: stageDisplayName(stage, t) }));

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = newName.trim();
    if (name === '') return;
    const color = NEW_STAGE_COLORS[rows.length % NEW_STAGE_COLORS.length] as string;
    setNewName('');
    save(addStage(productId, name, color), () => setNewName(name));
  };

  return (
    <div className="stage-settings__body">
      <p id={hintId} className="field__hint">
        {t('stages.wipLimitHint')}
      </p>
      <ul className="stage-settings__list">
        {rows.map(({ stage, count }, index) => (
          <StageRow
            key={stage.id}
            stage={stage}
            name={options[index]?.name ?? ''}
            count={count}
            index={index}
            stages={options}
            wipHintId={hintId}
          />
        ))}
      </ul>
      <form className="stage-settings__add" onSubmit={add}>
        <input
          type="text"
          aria-label={t('stages.newName')}
          placeholder={t('stages.newName')}
          value={newName}
          maxLength={100}
          onChange={(event) => setNewName(event.target.value)}
        />
        <button type="submit" className="button">
          {t('stages.add')}
        </button>
      </form>
    </div>
  );
}
