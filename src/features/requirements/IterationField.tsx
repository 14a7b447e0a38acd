import '../../i18n/iterationsMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import type { Requirement } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { iterationFieldEntry } from './requirementHistory';

/** Plans the requirement into one of its product's open iterations (or back to the backlog). */
export function IterationField({ requirement }: { requirement: Requirement }) {
  const t = useT();
  const id = useId();
  const iterations =
    useLiveQuery(() => iterationRepository.listIterations(requirement.productId), [requirement.productId]) ?? [];
  // A closed iteration stays listed for the requirements it holds, but takes no new ones.
  const choices = iterations.filter((i) => i.state !== 'closed' || i.id === requirement.iterationId);
  const current = choices.some((i) => i.id === requirement.iterationId) ? (requirement.iterationId ?? '') : '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('iterations.picker.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          trackSave(iterationRepository.planRequirement(requirement.id, e.target.value || null)).then(
            (planned) =>
              planned.iterationId !== requirement.iterationId &&
              recordChange(iterationFieldEntry(requirement, planned)),
            (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
          );
        }}
      >
        <option value="">{t('iterations.picker.none')}</option>
        {choices.map((i) => (
          <option key={i.id} value={i.id} disabled={i.state === 'closed'}>
            {t('iterations.option', { name: i.name, state: t(`iterations.state.${i.state}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
