// iCalendar (RFC 5545) for a PM's calendar. A months-long initiative as one
// all-day event would paint a banner across every day for months and hide the
// dates that matter, so an initiative becomes two all-day events, its start
// and its end, and a milestone one event. UIDs come from initiative ids, so
// importing an updated file updates the same events instead of duplicating
// them; SEQUENCE grows with the export time so the newer file wins.
import type { ExportOptions, RoadmapExportData } from '../types';
import { fill, type ExportLabels } from './labels';
import { isDated, percentText, progressShare, selectForExport, type ExportInitiative } from './select';

const CRLF = '\r\n';

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  if (line.length <= 18) return line; // 18 UTF-16 units are at most 72 octets
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with a space, which counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Stable across exports of the same roadmap: the id never changes, edits do. */
export function eventUid(initiativeId: string, part: 'start' | 'end' | 'milestone'): string {
  return `${initiativeId}-${part}@cairn`;
}

interface EventInput {
  uid: string;
  day: string;
  summary: string;
  description: string;
  categories: string;
}

function description(initiative: ExportInitiative, lane: string, labels: ExportLabels): string {
  const lines = [
    `${labels.lane}: ${lane}`,
    `${labels.status}: ${labels.statuses[initiative.status]}`,
    `${labels.start}: ${initiative.start} · ${labels.end}: ${initiative.end}`,
  ];
  const progress = percentText(progressShare(initiative));
  if (progress) lines.push(`${labels.progress}: ${progress}`);
  if (initiative.owner) lines.push(`${labels.owner}: ${initiative.owner}`);
  if (initiative.description) lines.push('', initiative.description);
  return lines.join('\n');
}

export function exportIcs(data: RoadmapExportData, options: ExportOptions, labels: ExportLabels): string {
  const selection = selectForExport(data, options);
  const stamp = utcStamp(data.generatedAt);
  // Minutes since the epoch: grows with every later export and fits a 32-bit integer until 6053.
  const sequence = Math.floor(Date.parse(data.generatedAt) / 60_000);
  const events: EventInput[] = [];
  for (const initiative of selection.initiatives) {
    if (!isDated(initiative)) continue;
    const lane = selection.laneById.get(initiative.laneId)?.name ?? '';
    const text = description(initiative, lane, labels);
    if (initiative.milestone) {
      events.push({
        uid: eventUid(initiative.id, 'milestone'),
        day: initiative.start,
        summary: `◆ ${initiative.title}`,
        description: text,
        categories: lane,
      });
      continue;
    }
    events.push({
      uid: eventUid(initiative.id, 'start'),
      day: initiative.start,
      summary: fill(labels.eventStart, { title: initiative.title }),
      description: text,
      categories: lane,
    });
    events.push({
      uid: eventUid(initiative.id, 'end'),
      day: initiative.end,
      summary: fill(labels.eventEnd, { title: initiative.title }),
      description: text,
      categories: lane,
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cairn//Roadmap export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(fill(labels.title, { product: data.product.name }))}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${compactDay(event.day)}`,
      // All-day events end on the next day: DTEND is exclusive.
      `DTEND;VALUE=DATE:${compactDay(nextDay(event.day))}`,
      `SUMMARY:${icsText(event.summary)}`,
      `DESCRIPTION:${icsText(event.description)}`,
      `CATEGORIES:${icsText(event.categories)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
