import { useId, useMemo, useState } from 'react';
import { roadmapRepository } from '../../db/roadmapAccess';
import { initiativeProgress } from '../../domain/roadmap/progress';
import type { Requirement } from '../../domain/types';
import { stageDisplayName } from '../../ui/stageName';
import { useT } from '../../ui/useT';
import { describeProgress } from './format';
import { recordRequirementLink } from './roadmapHistory';
import { useTrackedSave } from '../../ui/useTrackedSave';
import { InitiativeVerdicts } from '../review';
import type { RoadmapData } from './useRoadmapData';
import { useActiveRequirements } from '../activeRequirements';

const MAX_MATCHES = 8;

interface LinkedRequirementsProps {
  productId: string;
  /** null while the initiative is being created: links are kept here and written with it. */
  initiativeId: string | null;
  data: RoadmapData;
  pendingIds: string[];
  onPendingChange: (ids: string[]) => void;
}

/** The requirements that deliver an initiative, its progress, and a search to link more. */
export function LinkedRequirements({
  productId,
  initiativeId,
  data,
  pendingIds,
  onPendingChange,
}: LinkedRequirementsProps) {
  const t = useT();
  const save = useTrackedSave();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const rows = useActiveRequirements(productId);
  const all = useMemo(() => rows ?? [], [rows]);
  const byId = useMemo(() => new Map(all.map((r) => [r.id, r])), [all]);
  const linked: Requirement[] =
    initiativeId !== null
      ? (data.linked.get(initiativeId) ?? [])
      : pendingIds.map((id) => byId.get(id)).filter((r): r is Requirement => !!r);
  const linkedIds = new Set(linked.map((r) => r.id));
  const progress = initiativeProgress(
    linked.map((r) => ({ stageId: r.stageId, state: r.state, estimate: r.estimate })),
    data.doneStages,
  );
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? all.filter((r) => !linkedIds.has(r.id) && r.title.toLowerCase().includes(needle)).slice(0, MAX_MATCHES)
    : [];
  const stageName = (r: Requirement) => {
    const stage = data.stages.find((s) => s.id === r.stageId);
    return stage ? stageDisplayName(stage, t) : '';
  };

  const link = (r: Requirement) => {
    if (initiativeId === null) onPendingChange([...pendingIds, r.id]);
    else
      void save(roadmapRepository.linkRequirement(initiativeId, r.id)).then(
        (linked) => linked && recordRequirementLink(r, linked),
      );
    setQuery('');
  };
  const unlink = (r: Requirement) => {
    if (initiativeId === null) onPendingChange(pendingIds.filter((id) => id !== r.id));
    else
      void save(roadmapRepository.unlinkRequirement(r.id)).then(
        (unlinked) => unlinked && recordRequirementLink(r, unlinked),
      );
  };

  return (
    <fieldset className="linked">
      <legend>{t('roadmap.editor.requirements')}</legend>
      <div className="linked__progress">
        <span
          className="progress"
          role="progressbar"
          aria-label={t('roadmap.editor.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round((progress.byCount ?? 0) * 100)}
          aria-valuetext={describeProgress(progress, t)}
        >
          <span style={{ width: `${Math.round((progress.byCount ?? 0) * 100)}%` }} />
        </span>
        <span data-testid="initiative-progress">{describeProgress(progress, t)}</span>
      </div>
      <InitiativeVerdicts requirements={linked} />
      {linked.length > 0 && (
        <ul className="linked__list">
          {linked.map((r) => (
            <li key={r.id}>
              <span className="linked__title">{r.title}</span>
              <small className={data.doneStages.has(r.stageId) ? 'linked__stage is-done' : 'linked__stage'}>
                {stageName(r)}
              </small>
              <button
                type="button"
                className="button button--icon"
                aria-label={t('roadmap.editor.unlink', { title: r.title })}
                onClick={() => unlink(r)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>{t('roadmap.editor.linkSearch')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('roadmap.editor.linkPlaceholder')}
        />
      </div>
      {matches.length > 0 && (
        <ul className="linked__matches">
          {matches.map((r) => {
            const elsewhere = r.initiativeId !== null ? data.byId.get(r.initiativeId)?.title : undefined;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className="button"
                  onClick={() => link(r)}
                  aria-label={t('roadmap.editor.link', { title: r.title })}
                >
                  + {r.title}
                </button>
                {elsewhere && <small>{t('roadmap.editor.linkedElsewhere', { initiative: elsewhere })}</small>}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
