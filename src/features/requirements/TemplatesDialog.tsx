import '../../i18n/workspaceMessages';
import { useId, useState } from 'react';
import { builtInTemplate, type TemplateChoice } from '../../domain/templates/defaults';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { useLocale, useT } from '../../ui/useT';
import { useTemplates } from './useTemplates';
import { deleteTemplateRecorded, saveTemplateRecorded } from './workspaceHistory';
import './workspace.css';

const NEW = 'new';

/** Edit a product's description templates: its own copy of a built-in one, or templates of its own. */
export function TemplatesDialog({ productId, onClose }: { productId: string; onClose: () => void }) {
  const t = useT();
  const choices = useTemplates(productId);
  return (
    <Dialog open title={t('workspace.templates.title')} onClose={onClose} className="templates-dialog">
      {choices ? (
        <TemplatesForm productId={productId} choices={choices} onClose={onClose} />
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </Dialog>
  );
}

function TemplatesForm({
  productId,
  choices,
  onClose,
}: {
  productId: string;
  choices: TemplateChoice[];
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [pickedId, setPickedId] = useState(choices[0]?.id ?? NEW);
  const picked = choices.find((c) => c.id === pickedId);
  const [name, setName] = useState(picked?.name ?? '');
  const [body, setBody] = useState(picked?.body ?? '');

  const pick = (next: string) => {
    const choice = choices.find((c) => c.id === next);
    setPickedId(next);
    setName(choice?.name ?? t('workspace.templates.newName'));
    setBody(choice?.body ?? '');
  };

  const fail = (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) });

  const save = () => {
    const write = saveTemplateRecorded(productId, picked?.row ?? null, {
      kind: picked?.kind ?? 'custom',
      name,
      body,
    });
    trackSave(write).then((row) => {
      setPickedId(row.id);
      showToast({ tone: 'info', message: t('workspace.templates.saved', { name: row.name }) });
    }, fail);
  };

  const remove = () => {
    const row = picked?.row;
    if (!row) return;
    trackSave(deleteTemplateRecorded(row)).then(() => {
      if (row.kind === 'custom') pick(choices[0]?.id ?? NEW);
      else {
        // The built-in default is offered again, in the UI language.
        const text = builtInTemplate(row.kind, locale);
        setPickedId(`builtin:${row.kind}`);
        setName(text.name);
        setBody(text.body);
      }
    }, fail);
  };

  return (
    <div className="detail__form">
      <div className="detail__template">
        <label htmlFor={`${id}-pick`}>{t('workspace.templates.pick')}</label>
        <select id={`${id}-pick`} value={pickedId} onChange={(e) => pick(e.target.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.kind !== 'custom' && choice.row === null
                ? t('workspace.templates.builtIn', { name: choice.name })
                : choice.name}
            </option>
          ))}
          {pickedId === NEW && <option value={NEW}>{t('workspace.templates.new')}</option>}
        </select>
        <button type="button" className="button" onClick={() => pick(NEW)}>
          {t('workspace.templates.new')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('workspace.templates.name')}</label>
        <input id={`${id}-name`} type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('workspace.templates.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={12}
          maxLength={100_000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      <div className="detail__footer">
        <span className="detail__actions">
          {picked?.row && (
            <button type="button" className="button button--danger" onClick={remove}>
              {picked.kind === 'custom' ? t('workspace.templates.delete') : t('workspace.templates.reset')}
            </button>
          )}
        </span>
        <span className="detail__actions">
          <button type="button" className="button button--primary" disabled={!name.trim()} onClick={save}>
            {t('workspace.templates.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('workspace.templates.close')}
          </button>
        </span>
      </div>
    </div>
  );
}
