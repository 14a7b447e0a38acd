import { HORIZONS } from '../../domain/roadmap/types';
import { openInitiativeEditor } from '../../state/roadmapUi';
import { useT } from '../../ui/useT';
import { describeProgress } from './format';
import { progressOf, type RoadmapData } from './useRoadmapData';

/** Initiatives with no dates have no place on the time axis: listed beside it by horizon, so they stay one click away. */
export function UnscheduledList({ data }: { data: RoadmapData }) {
  const t = useT();
  const undated = data.initiatives.filter((i) => i.start === null);
  return (
    <aside className="timeline__unscheduled" aria-labelledby="unscheduled-title">
      <h2 id="unscheduled-title">{t('roadmap.unscheduled.title')}</h2>
      {undated.length === 0 && <p className="field__hint">{t('roadmap.unscheduled.empty')}</p>}
      {HORIZONS.map((horizon) => {
        const items = undated.filter((i) => (i.horizon ?? 'later') === horizon);
        if (items.length === 0) return null;
        return (
          <section key={horizon} aria-label={t(`roadmap.horizon.${horizon}`)}>
            <h3>{t(`roadmap.horizon.${horizon}`)}</h3>
            <ul>
              {items.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    className="unscheduled__item"
                    onClick={() => openInitiativeEditor({ mode: 'edit', id: i.id })}
                  >
                    <span
                      className="swatch"
                      style={{ background: i.color ?? data.laneById.get(i.laneId)?.color }}
                      aria-hidden="true"
                    />
                    <span className="unscheduled__title">{i.title}</span>
                    <small>{describeProgress(progressOf(data, i.id), t)}</small>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
