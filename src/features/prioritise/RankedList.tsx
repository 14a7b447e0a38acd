import { useId, useMemo } from 'react';
import { FRAMEWORK_NAMES } from '../../domain/scoring/format';
import { rankByScore, scoreOf, type Framework } from '../../domain/scoring/score';
import type { Requirement } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { scoreValueText } from '../../ui/scoreLabels';
import { ShowMore, useListLimit } from '../../ui/ShowMore';
import { useT } from '../../ui/useT';

/** Requirements ranked by one framework, the unscored last; a row opens the requirement. */
export function RankedList({ requirements, framework }: { requirements: Requirement[]; framework: Framework }) {
  const t = useT();
  const headingId = useId();
  const { limit, more } = useListLimit();
  const ranked = useMemo(
    () => rankByScore(requirements, (r) => scoreOf(r.scores, framework)),
    [requirements, framework],
  );
  return (
    <section className="ranking" aria-labelledby={headingId}>
      <h2 id={headingId} className="prioritise__heading">
        {t('priority.ranking.heading', { framework: FRAMEWORK_NAMES[framework] })}
      </h2>
      {ranked.length === 0 ? (
        <p className="field__hint">{t('priority.ranking.empty')}</p>
      ) : (
        <ol className="ranking__list">
          {ranked.slice(0, limit).map((requirement) => {
            const value = scoreValueText(t, requirement.scores, framework);
            return (
              <li key={requirement.id}>
                <button
                  type="button"
                  className={value === null ? 'ranking__row ranking__row--unscored' : 'ranking__row'}
                  data-requirement-id={requirement.id}
                  onClick={() => openRequirement(requirement.id)}
                >
                  <span className="ranking__title">{requirement.title}</span>
                  <span className="ranking__score">{value ?? t('priority.ranking.notScored')}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, ranked.length)} total={ranked.length} onMore={more} />
    </section>
  );
}
