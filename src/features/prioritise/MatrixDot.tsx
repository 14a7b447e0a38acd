import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import {
  effortToX,
  impactToY,
  quadrantOf,
  stepEffort,
  stepImpact,
  xToEffort,
  yToImpact,
} from '../../domain/scoring/matrix';
import type { Requirement } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { IMPACT_NAMES } from '../../ui/scoreLabels';
import { useT } from '../../ui/useT';
import { afterWrite, onRender, type DotVersion } from './dotVersion';
import { useMatrixMove, type MatrixTarget } from './useMatrixMove';

/** A press that moves less than this (px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

interface MatrixDotProps {
  requirement: Requirement;
  point: MatrixTarget;
  /** Shift in dot widths, so dots at the same place stay apart. */
  offset: number;
  plot: RefObject<HTMLDivElement | null>;
  describedBy: string;
  onMoved: (requirement: Requirement, target: MatrixTarget) => void;
}

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
}

const sameTarget = (a: MatrixTarget, b: MatrixTarget) => a.impact === b.impact && a.effort === b.effort;

/**
 * One requirement on the matrix. Dragging shows where it will land (snapped)
 * and writes once on release; arrow keys step impact and effort. Until the
 * database has the new place, the dot shows it, so it never jumps back.
 */
export function MatrixDot({ requirement, point, offset, plot, describedBy, onMoved }: MatrixDotProps) {
  const t = useT();
  const move = useMatrixMove();
  const [preview, setPreview] = useState<MatrixTarget | null>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  const pending = useRef(0);
  const version = useRef<DotVersion>({ version: requirement.version, replaced: null });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  if (pending.current === 0) version.current = onRender(version.current, requirement.version);

  // The database caught up: show what it has.
  useEffect(() => {
    if (pending.current === 0) setPreview(null);
  }, [requirement.version]);

  const shown = preview ?? point;

  const commit = (target: MatrixTarget, announce: boolean) => {
    setPreview(target);
    if (sameTarget(target, point) && pending.current === 0) {
      setPreview(null);
      return;
    }
    pending.current += 1;
    queue.current = queue.current.then(async () => {
      const guard = version.current.version;
      const written = await move(requirement, guard, target);
      pending.current -= 1;
      if (written === undefined) {
        // Refused (e.g. changed in another tab): drop whatever else was queued on top of it.
        setPreview(null);
        return;
      }
      version.current = afterWrite(version.current, guard, written);
      if (announce) onMoved(requirement, target);
    });
  };

  const targetAt = (clientX: number, clientY: number): MatrixTarget | null => {
    const rect = plot.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    return {
      impact: yToImpact((clientY - rect.top) / rect.height),
      effort: xToEffort((clientX - rect.left) / rect.width),
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD)
      return;
    current.moved = true;
    const target = targetAt(event.clientX, event.clientY);
    if (target && !(preview && sameTarget(preview, target))) setPreview(target);
  };

  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    drag.current = null;
    if (!current || !current.moved) return;
    suppressClick.current = true;
    const target = targetAt(event.clientX, event.clientY);
    if (target) commit(target, false);
    else setPreview(null);
  };

  const onPointerCancel = () => {
    drag.current = null;
    if (pending.current === 0) setPreview(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const steps: Record<string, (from: MatrixTarget) => MatrixTarget> = {
      ArrowUp: (from) => ({ ...from, impact: stepImpact(from.impact, 1) }),
      ArrowDown: (from) => ({ ...from, impact: stepImpact(from.impact, -1) }),
      ArrowRight: (from) => ({ ...from, effort: stepEffort(from.effort, 1) }),
      ArrowLeft: (from) => ({ ...from, effort: stepEffort(from.effort, -1) }),
    };
    const step = steps[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = step(shown);
    if (!sameTarget(target, shown)) commit(target, true);
  };

  const impact = t(IMPACT_NAMES[shown.impact]);
  const style = {
    left: `calc(${effortToX(shown.effort) * 100}% + ${preview ? 0 : offset} * var(--dot-gap))`,
    top: `${impactToY(shown.impact) * 100}%`,
  } as CSSProperties;
  return (
    <button
      type="button"
      className={preview ? 'matrix__dot matrix__dot--moving' : 'matrix__dot'}
      style={style}
      data-requirement-id={requirement.id}
      aria-label={t('priority.matrix.dot', {
        title: requirement.title,
        impact,
        effort: shown.effort,
        quadrant: t(`priority.quadrant.${quadrantOf(shown.impact, shown.effort)}`),
      })}
      aria-describedby={describedBy}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (suppressClick.current) {
          suppressClick.current = false;
          return;
        }
        openRequirement(requirement.id);
      }}
    >
      <span className="matrix__tip" aria-hidden="true">
        <strong>{requirement.title}</strong>
        <span>{t('priority.matrix.tip', { impact, effort: shown.effort })}</span>
      </span>
    </button>
  );
}
