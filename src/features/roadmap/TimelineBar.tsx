import { useId, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import type { Initiative, InitiativeProgress } from '../../domain/roadmap/types';
import { useLocale, useT } from '../../ui/useT';
import { describeProgress, describeWhen } from './format';

export type DragMode = 'move' | 'start' | 'end';

interface TimelineBarProps {
  initiative: Initiative;
  laneName: string;
  color: string;
  progress: InitiativeProgress;
  left: number;
  width: number;
  top: number;
  dragging: boolean;
  onPointerDown: (event: PointerEvent<HTMLElement>, mode: DragMode) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** One initiative on the timeline: a bar, or a diamond for a milestone. */
export function TimelineBar({
  initiative,
  laneName,
  color,
  progress,
  left,
  width,
  top,
  dragging,
  onPointerDown,
  onKeyDown,
}: TimelineBarProps) {
  const t = useT();
  const locale = useLocale();
  const tooltipId = useId();
  const [hint, setHint] = useState<'hover' | 'focus' | null>(null);
  const when = describeWhen(initiative, t, locale);
  const name = initiative.milestone
    ? t('roadmap.bar.milestoneName', { title: initiative.title, date: when })
    : `${initiative.title}, ${when}`;
  const percent = progress.byCount === null ? 0 : Math.round(progress.byCount * 100);

  const common = {
    role: 'button',
    tabIndex: 0,
    'data-testid': 'initiative-bar',
    'data-initiative-id': initiative.id,
    'aria-label': name,
    'aria-describedby': hint ? tooltipId : undefined,
    onKeyDown,
    onFocus: () => setHint('focus'),
    onBlur: () => setHint(null),
    onPointerEnter: () => setHint((h) => h ?? 'hover'),
    onPointerLeave: () => setHint((h) => (h === 'hover' ? null : h)),
  } as const;

  const tooltip = hint && !dragging && (
    <span role="tooltip" id={tooltipId} className="timeline__tooltip">
      <strong>{initiative.title}</strong>
      <span>{when}</span>
      <span>
        {t(`roadmap.status.${initiative.status}`)} · {laneName}
      </span>
      <span>{describeProgress(progress, t)}</span>
    </span>
  );

  if (initiative.milestone) {
    return (
      <div
        {...common}
        className={`timeline__milestone${dragging ? ' is-dragging' : ''}${hint ? ' has-tooltip' : ''}`}
        style={{ left: left + width / 2 - 9, top }}
        onPointerDown={(e) => onPointerDown(e, 'move')}
      >
        <span className="timeline__diamond" style={{ background: color }} aria-hidden="true" />
        <span className="timeline__milestone-label">{initiative.title}</span>
        {tooltip}
      </div>
    );
  }

  return (
    <div
      {...common}
      className={`timeline__bar${dragging ? ' is-dragging' : ''}${hint ? ' has-tooltip' : ''}`}
      style={{ left, width: Math.max(width, 6), top, '--lane': color, borderColor: color } as CSSProperties}
      onPointerDown={(e) => onPointerDown(e, 'move')}
    >
      <span
        className="timeline__handle timeline__handle--start"
        aria-hidden="true"
        onPointerDown={(e) => onPointerDown(e, 'start')}
      />
      <span className="timeline__bar-title">{initiative.title}</span>
      <span className="timeline__bar-progress" style={{ width: `${percent}%`, background: color }} aria-hidden="true" />
      <span
        className="timeline__handle timeline__handle--end"
        aria-hidden="true"
        onPointerDown={(e) => onPointerDown(e, 'end')}
      />
      {tooltip}
    </div>
  );
}
