// A requirement's own event log as a readable timeline, newest first.
import type { CairnEvent } from '../types';
import type { FieldChange } from './editChanges';

/** The kinds of line a timeline shows; the UI translates each (with its params). */
export type HistoryLineKind =
  | 'created'
  | 'duplicated'
  | 'moved'
  /** Moved on past a warn gate with items missing (the event's `gateSkipped`). */
  | 'movedPastGate'
  | 'reordered'
  | 'changed'
  | 'edited'
  | 'archived'
  | 'deleted'
  | 'restoredFromTrash'
  | 'restoredFromArchive';

export interface HistoryLabels {
  line: (kind: HistoryLineKind, params: Record<string, string>) => string;
  /** A field's name, e.g. "Priority". */
  field: (field: string) => string;
  /** A value as people read it: stage and member names, translated enums; null values read as "none". */
  value: (field: string, value: unknown) => string;
  stage: (stageId: string) => string;
  /** Joins the parts of one edit. */
  list: (parts: string[]) => string;
}

/** The UI's formatters, passed in so the timeline reads like every other date in the app. */
export interface HistoryFormats {
  /** "3 hours ago", "yesterday": Intl.RelativeTimeFormat's words. */
  relative: (value: number, unit: Intl.RelativeTimeFormatUnit) => string;
  /** "Nov 27, 2026, 4:05 AM". */
  absolute: (at: Date) => string;
}

export interface HistoryOptions {
  now: Date;
  labels: HistoryLabels;
  formats: HistoryFormats;
}

export interface HistoryLine {
  id: string;
  at: string;
  text: string;
  /** "3 hours ago", "yesterday". */
  relative: string;
  /** "Nov 27, 2026, 4:05 AM". */
  absolute: string;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function relativeTime(at: Date, now: Date, format: HistoryFormats['relative']): string {
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      // Under ten seconds reads as "now" rather than a ticking count.
      if (unit === 'second' && Math.abs(seconds) < 10) return format(0, 'second');
      return format(Math.trunc(seconds / size), unit);
    }
  }
  return format(0, 'second');
}

function isChange(value: unknown): value is FieldChange {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

function describeEdit(data: Record<string, unknown>, labels: HistoryLabels): string {
  const fields = Array.isArray(data.fields) ? data.fields.filter((f): f is string => typeof f === 'string') : [];
  const changes =
    typeof data.changes === 'object' && data.changes !== null ? (data.changes as Record<string, unknown>) : {};
  const parts: string[] = [];
  const plain: string[] = [];
  for (const field of fields) {
    const change = changes[field];
    if (isChange(change)) {
      parts.push(
        labels.line('changed', {
          field: labels.field(field),
          from: labels.value(field, change.from),
          to: labels.value(field, change.to),
        }),
      );
    } else plain.push(labels.field(field));
  }
  if (plain.length > 0) parts.push(labels.line('edited', { fields: labels.list(plain) }));
  return labels.list(parts);
}

function describe(event: CairnEvent, labels: HistoryLabels): string | null {
  const data = event.data;
  switch (event.type) {
    case 'requirement.created':
      return typeof data.duplicatedFrom === 'string'
        ? labels.line('duplicated', {})
        : labels.line('created', { stage: typeof data.stageId === 'string' ? labels.stage(data.stageId) : '' });
    case 'requirement.moved': {
      const from = String(data.fromStageId ?? '');
      const to = String(data.toStageId ?? '');
      if (from === to) return labels.line('reordered', { stage: labels.stage(to) });
      const skipped = Array.isArray(data.gateSkipped) ? data.gateSkipped.map(String) : [];
      if (skipped.length === 0) return labels.line('moved', { from: labels.stage(from), to: labels.stage(to) });
      const items = labels.list(skipped.map((token) => labels.value('gateItem', token)));
      return labels.line('movedPastGate', { from: labels.stage(from), to: labels.stage(to), items });
    }
    case 'requirement.edited':
      return describeEdit(data, labels) || null;
    case 'requirement.archived':
      return labels.line('archived', {});
    case 'requirement.deleted':
      return labels.line('deleted', {});
    case 'requirement.restored':
      return labels.line(data.from === 'archived' ? 'restoredFromArchive' : 'restoredFromTrash', {});
    default:
      return null;
  }
}

/** Events → timeline lines, newest first; events the timeline does not describe are left out. */
export function historyLines(events: readonly CairnEvent[], options: HistoryOptions): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const event of events) {
    const text = describe(event, options.labels);
    if (text === null) continue;
    const at = new Date(event.at);
    lines.push({
      id: event.id,
      at: event.at,
      text,
      relative: relativeTime(at, options.now, options.formats.relative),
      absolute: options.formats.absolute(at),
    });
  }
  // Ties keep log order (the log appends in order; ISO strings sort as times).
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => (a.line.at === b.line.at ? b.index - a.index : a.line.at < b.line.at ? 1 : -1))
    .map((x) => x.line);
}
