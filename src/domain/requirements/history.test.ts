import { describe, expect, it } from 'vitest';
import type { CairnEvent } from '../types';
import { trackedChanges } from './editChanges';
import { historyLines, relativeTime, type HistoryFormats, type HistoryLabels } from './history';

// The UI passes src/i18n/format's formatters; the domain cannot import i18n, so the test builds the same ones.
function formats(locale: string, timeZone?: string): HistoryFormats {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return { relative: (value, unit) => relative.format(value, unit), absolute: (at) => absolute.format(at) };
}

const stages: Record<string, string> = { s1: 'Analysis', s2: 'Design' };
const labels: HistoryLabels = {
  line: (kind, params) => `${kind}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`,
  field: (field) => field.toUpperCase(),
  value: (field, value) => (value === null ? '—' : field === 'ownerId' ? `member:${String(value)}` : String(value)),
  stage: (id) => stages[id] ?? '?',
  list: (parts) => parts.join('; '),
};

function event(type: CairnEvent['type'], at: string, data: Record<string, unknown> = {}): CairnEvent {
  return { id: `${type}-${at}`, productId: 'p', entityId: 'r', type, at, data };
}

const now = new Date('2026-11-27T12:00:00.000Z');

describe('historyLines', () => {
  it('describes each event, newest first, with relative and absolute times', () => {
    const lines = historyLines(
      [
        event('requirement.created', '2026-11-20T09:00:00.000Z', { stageId: 's1', title: 'A' }),
        event('requirement.moved', '2026-11-27T09:00:00.000Z', { fromStageId: 's1', toStageId: 's2' }),
        event('requirement.edited', '2026-11-27T11:58:00.000Z', {
          fields: ['priority', 'description'],
          changes: { priority: { from: 'P2', to: 'P1' } },
        }),
      ],
      { now, labels, formats: formats('en', 'UTC') },
    );
    expect(lines.map((l) => l.text)).toEqual([
      'changed {"field":"PRIORITY","from":"P2","to":"P1"}; edited {"fields":"DESCRIPTION"}',
      'moved {"from":"Analysis","to":"Design"}',
      'created {"stage":"Analysis"}',
    ]);
    expect(lines.map((l) => l.relative)).toEqual(['2 minutes ago', '3 hours ago', 'last week']);
    expect(lines[2]?.absolute).toBe('Nov 20, 2026, 9:00 AM');
  });

  it('speaks the UI language', () => {
    const [line] = historyLines([event('requirement.archived', '2026-11-26T12:00:00.000Z')], {
      now,
      labels,
      formats: formats('zh-CN', 'Asia/Shanghai'),
    });
    expect(line?.relative).toBe('昨天');
    expect(line?.absolute).toBe('2026年11月26日 20:00');
  });

  it('says which gate items a move skipped, each named by the UI', () => {
    const lines = historyLines(
      [
        event('requirement.moved', '2026-11-27T09:00:00.000Z', {
          fromStageId: 's1',
          toStageId: 's2',
          gateSkipped: ['rule:owner', 'PRD linked'],
        }),
      ],
      { now, labels, formats: formats('en', 'UTC') },
    );
    expect(lines.map((l) => l.text)).toEqual([
      'movedPastGate {"from":"Analysis","to":"Design","items":"rule:owner; PRD linked"}',
    ]);
  });

  it('tells a duplicate, a reorder, the trash and both restores apart, and skips events it does not describe', () => {
    const lines = historyLines(
      [
        event('requirement.created', '2026-11-27T01:00:00.000Z', { stageId: 's1', duplicatedFrom: 'x' }),
        event('requirement.moved', '2026-11-27T02:00:00.000Z', { fromStageId: 's1', toStageId: 's1' }),
        event('requirement.deleted', '2026-11-27T03:00:00.000Z', { from: 'active', to: 'deleted' }),
        event('requirement.restored', '2026-11-27T04:00:00.000Z', { from: 'deleted', to: 'active' }),
        event('requirement.archived', '2026-11-27T05:00:00.000Z'),
        event('requirement.restored', '2026-11-27T06:00:00.000Z', { from: 'archived', to: 'active' }),
        event('initiative.linked', '2026-11-27T07:00:00.000Z'),
      ],
      { now, labels, formats: formats('en') },
    );
    expect(lines.map((l) => l.text)).toEqual([
      'restoredFromArchive',
      'archived',
      'restoredFromTrash',
      'deleted',
      'reordered {"stage":"Analysis"}',
      'duplicated',
    ]);
  });

  it('reads older edit events (names only) as an edit of those fields', () => {
    const [line] = historyLines(
      [event('requirement.edited', '2026-11-27T11:00:00.000Z', { fields: ['title', 'tags'] })],
      { now, labels, formats: formats('en') },
    );
    expect(line?.text).toBe('edited {"fields":"TITLE; TAGS"}');
  });
});

describe('relativeTime', () => {
  it('says "now" for the last few seconds and counts in the largest whole unit', () => {
    const format = formats('en').relative;
    expect(relativeTime(new Date(now.getTime() - 3000), now, format)).toBe('now');
    expect(relativeTime(new Date(now.getTime() - 45_000), now, format)).toBe('45 seconds ago');
    expect(relativeTime(new Date(now.getTime() - 400 * 86_400_000), now, format)).toBe('last year');
  });
});

describe('trackedChanges', () => {
  it('keeps before and after values of short fields only', () => {
    expect(
      trackedChanges(
        { priority: 'P2', description: 'x', ownerId: null },
        { priority: 'P0', description: 'y', ownerId: 'm1' },
        ['priority', 'description', 'ownerId'],
      ),
    ).toEqual({
      priority: { from: 'P2', to: 'P0' },
      ownerId: { from: null, to: 'm1' },
    });
  });
});
