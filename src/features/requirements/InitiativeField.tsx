import '../../i18n/roadmapMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { roadmapRepository } from '../../db/roadmapAccess';
import type { Requirement } from '../../domain/types';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { initiativeFieldEntry } from './requirementHistory';

/** Links the requirement to one of its product's roadmap initiatives (the roadmap links from the other side). */
export function InitiativeField({ requirement }: { requirement: Requirement }) {
  const t = useT();
  const id = useId();
  const initiatives =
    useLiveQuery(() => roadmapRepository.listInitiatives(requirement.productId), [requirement.productId]) ?? [];
  const current = initiatives.some((i) => i.id === requirement.initiativeId) ? (requirement.initiativeId ?? '') : '';
  // A whole row of the panel: initiative names run long, and a PM picks by the full name.
  return (
    <div className="field detail__wide">
      <label htmlFor={id}>{t('roadmap.requirement.initiative')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const write = e.target.value
            ? roadmapRepository.linkRequirement(e.target.value, requirement.id)
            : roadmapRepository.unlinkRequirement(requirement.id);
          trackSave(write).then(
            (linked) =>
              linked.initiativeId !== requirement.initiativeId &&
              recordChange(initiativeFieldEntry(requirement, linked)),
            (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
          );
        }}
      >
        <option value="">{t('roadmap.requirement.noInitiative')}</option>
        {initiatives.map((i) => (
          <option key={i.id} value={i.id}>
            {i.title}
          </option>
        ))}
      </select>
    </div>
  );
}
