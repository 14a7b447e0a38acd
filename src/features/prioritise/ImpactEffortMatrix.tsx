import { useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import {
  EFFORT_SPLIT_X,
  EFFORT_TICKS,
  effortToX,
  IMPACT_SPLIT_Y,
  impactToY,
  matrixPoint,
  spreadOffsets,
  type Quadrant,
} from '../../domain/scoring/matrix';
import { RICE_IMPACTS } from '../../domain/scoring/types';
import type { Requirement } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { IMPACT_NAMES } from '../../ui/scoreLabels';
import { useT } from '../../ui/useT';
import { MatrixDot } from './MatrixDot';
import type { MatrixTarget } from './useMatrixMove';
import { ShowMore, useListLimit } from '../../ui/ShowMore';

const QUADRANTS: Array<{ quadrant: Quadrant; className: string }> = [
  { quadrant: 'quickWins', className: 'matrix__quadrant--top matrix__quadrant--left' },
  { quadrant: 'bigBets', className: 'matrix__quadrant--top matrix__quadrant--right' },
  { quadrant: 'fillIns', className: 'matrix__quadrant--bottom matrix__quadrant--left' },
  { quadrant: 'moneyPits', className: 'matrix__quadrant--bottom matrix__quadrant--right' },
];

/** Requirements as dots by RICE impact (up) and effort (right); those missing either are listed beside it. */
export function ImpactEffortMatrix({ requirements }: { requirements: Requirement[] }) {
  const t = useT();
  const headingId = useId();
  const instructionsId = useId();
  const plot = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const { limit, more } = useListLimit();

  const { placed, unplaced } = useMemo(() => {
    const placed: Array<{ requirement: Requirement; point: MatrixTarget }> = [];
    const unplaced: Requirement[] = [];
    for (const requirement of requirements) {
      const point = matrixPoint(requirement.scores);
      if (point) placed.push({ requirement, point });
      else unplaced.push(requirement);
    }
    return { placed, unplaced };
  }, [requirements]);
  const offsets = useMemo(() => spreadOffsets(placed.map(({ point }) => `${point.impact}|${point.effort}`)), [placed]);

  const onMoved = (requirement: Requirement, target: MatrixTarget) =>
    setAnnouncement(
      t('priority.matrix.moved', {
        title: requirement.title,
        impact: t(IMPACT_NAMES[target.impact]),
        effort: target.effort,
      }),
    );

  const splits = { '--split-x': `${EFFORT_SPLIT_X * 100}%`, '--split-y': `${IMPACT_SPLIT_Y * 100}%` } as CSSProperties;
  return (
    <section className="matrix" aria-labelledby={headingId}>
      <h2 id={headingId} className="prioritise__heading">
        {t('priority.matrix.heading')}
      </h2>
      <p id={instructionsId} className="field__hint">
        {t('priority.matrix.instructions')}
      </p>
      <div className="matrix__layout">
        <div className="matrix__frame">
          <span className="matrix__axis matrix__axis--impact">{t('priority.matrix.impactAxis')}</span>
          <div className="matrix__ticks matrix__ticks--impact" aria-hidden="true">
            {RICE_IMPACTS.map((impact) => (
              <span key={impact} style={{ top: `${impactToY(impact) * 100}%` }}>
                {t(IMPACT_NAMES[impact])}
              </span>
            ))}
          </div>
          <div ref={plot} className="matrix__plot" style={splits} data-testid="impact-effort-plot">
            {QUADRANTS.map(({ quadrant, className }) => (
              <div key={quadrant} className={`matrix__quadrant ${className}`} data-quadrant={quadrant}>
                <span className="matrix__quadrant-name">{t(`priority.quadrant.${quadrant}`)}</span>
              </div>
            ))}
            {placed.map(({ requirement, point }, index) => (
              <MatrixDot
                key={requirement.id}
                requirement={requirement}
                point={point}
                offset={offsets[index] ?? 0}
                plot={plot}
                describedBy={instructionsId}
                onMoved={onMoved}
              />
            ))}
          </div>
          <div className="matrix__ticks matrix__ticks--effort" aria-hidden="true">
            {EFFORT_TICKS.map((effort) => (
              <span key={effort} style={{ left: `${effortToX(effort) * 100}%` }}>
                {effort}
              </span>
            ))}
          </div>
          <span className="matrix__axis matrix__axis--effort">{t('priority.matrix.effortAxis')}</span>
        </div>
        <div className="matrix__unplaced">
          <h3 className="matrix__unplaced-heading">{t('priority.matrix.unplaced')}</h3>
          {unplaced.length === 0 ? (
            <p className="field__hint">{t('priority.matrix.unplacedEmpty')}</p>
          ) : (
            <ul className="matrix__unplaced-list">
              {unplaced.slice(0, limit).map((requirement) => (
                <li key={requirement.id}>
                  <button
                    type="button"
                    className="matrix__unplaced-item"
                    onClick={() => openRequirement(requirement.id)}
                  >
                    {requirement.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <ShowMore shown={Math.min(limit, unplaced.length)} total={unplaced.length} onMore={more} />
        </div>
      </div>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
