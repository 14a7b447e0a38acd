import { describe, expect, it } from 'vitest';
import { makeRequirement } from '../roadmap/testing';
import type { Member } from '../types';
import { flowAnalytics } from './flowAnalytics';
import { requirementsMatching, type FlowFilter } from './savedFilter';
import { FLOW, Log, STAGES } from './testLog';

const RANGE = { from: '2026-03-01', to: '2026-03-31' };
const facts = { today: '2026-03-31', stages: STAGES, members: [{ id: 'ann', name: 'Ann Lee' } as Member] };
const filter = (query: string): FlowFilter => ({ query, cardScore: 'rice' });

/** Three finished (one of them archived since, one a P0 bug owned by Ann) and one in progress. */
function history() {
  const log = new Log()
    .create('a', 'inbox', '2026-03-01T09:00:00Z')
    .walk('a', '2026-03-02', ['development', 'released'])
    .create('b', 'inbox', '2026-03-01T09:00:00Z')
    .walk('b', '2026-03-05', ['development', 'testing', 'released'])
    .create('c', 'inbox', '2026-03-01T09:00:00Z')
    .walk('c', '2026-03-10', ['development', 'released'])
    .create('d', 'inbox', '2026-03-01T09:00:00Z')
    .walk('d', '2026-03-20', ['development']);
  const rows = log.requirements.map((r) =>
    makeRequirement({
      ...r,
      priority: r.id === 'b' ? 'P0' : 'P2',
      type: r.id === 'b' ? 'bug' : 'feature',
      ownerId: r.id === 'b' ? 'ann' : null,
      state: r.id === 'c' ? 'archived' : 'active',
    }),
  );
  return { log, rows };
}

describe('analytics by saved filter', () => {
  it('counts only what the filter matches: throughput, cycle time and work in progress follow', () => {
    const { log, rows } = history();
    const all = flowAnalytics({ ...log.input(), requirements: rows }, FLOW, RANGE, '2026-03-31');
    expect(all.finished.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(all.inProgress.map((r) => r.id)).toEqual(['d']);

    const bugs = requirementsMatching(rows, filter('type=bug'), facts);
    const only = flowAnalytics({ ...log.input(), requirements: bugs }, FLOW, RANGE, '2026-03-31');
    expect(only.finished.map((f) => [f.id, f.cycleTime])).toEqual([['b', 3]]);
    expect(only.throughput.reduce((sum, w) => sum + w.finished, 0)).toBe(1);
    expect(only.inProgress).toEqual([]);
  });

  it('keeps archived work (finished work often is), and searches by owner name as the board does', () => {
    const { rows } = history();
    expect(requirementsMatching(rows, filter('priority=P2'), facts).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(requirementsMatching(rows, filter('archived=1'), facts).map((r) => r.id)).toEqual(['c']);
    expect(requirementsMatching(rows, filter('q=ann'), facts).map((r) => r.id)).toEqual(['b']);
  });

  it('ignores a stage or owner the product no longer has, and an empty query matches everything', () => {
    const { rows } = history();
    expect(requirementsMatching(rows, filter('stage=gone&owner=ghost'), facts)).toHaveLength(4);
    expect(requirementsMatching(rows, filter(''), facts)).toHaveLength(4);
  });
});
