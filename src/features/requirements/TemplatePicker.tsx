import '../../i18n/workspaceMessages';
import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../../ui/useT';
import { useTemplates } from './useTemplates';
import './workspace.css';

const TemplatesDialog = lazy(() => import('./TemplatesDialog').then((m) => ({ default: m.TemplatesDialog })));

interface Props {
  productId: string;
  onApply: (body: string) => void;
}

/**
 * Starts an empty description from one of the product's templates (PRD, bug
 * report, research, custom), with the way to edit them beside the choice.
 */
export function TemplatePicker({ productId, onApply }: Props) {
  const t = useT();
  const id = useId();
  const choices = useTemplates(productId);
  const [picked, setPicked] = useState<string | null>(null);
  const [managing, setManaging] = useState(false);
  if (!choices) return null;
  const selected = choices.find((c) => c.id === picked) ?? choices[0];
  return (
    <div className="detail__template">
      {selected && (
        <>
          <label htmlFor={`${id}-template`}>{t('workspace.template.label')}</label>
          <select id={`${id}-template`} value={selected.id} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => onApply(selected.body)}>
            {t('workspace.template.apply')}
          </button>
        </>
      )}
      <button type="button" className="button button--link" onClick={() => setManaging(true)}>
        {t('workspace.template.manage')}
      </button>
      {managing && (
        <Suspense fallback={null}>
          <TemplatesDialog productId={productId} onClose={() => setManaging(false)} />
        </Suspense>
      )}
    </div>
  );
}
