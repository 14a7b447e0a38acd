import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countPlan, defaultMapping, hasBlockingProblems } from './plan';
import { parseTrello } from './trello';

const sample = readFileSync('e2e/fixtures/trello-how-goes-it-en.json', 'utf8');

describe('parseTrello with the real "How Goes It?" board (counts from SOURCES.md)', () => {
  const plan = parseTrello(sample);

  it('has no problems and the board name', () => {
    expect(plan.problems).toEqual([]);
    expect(hasBlockingProblems(plan)).toBe(false);
    expect(plan.name).toBe('How Goes It? - Public Board');
  });

  it('counts 7 lists, 40 cards of which 1 archived, 8 members, 8 coloured labels', () => {
    expect(countPlan(plan)).toMatchObject({ stages: 7, requirements: 40, archived: 1, members: 8, tags: 8 });
    expect(plan.stages.map((s) => s.name)).toEqual([
      'Ideas',
      'Blocked by Dependencies',
      'Available to Pickup',
      'Assigned, Ready for Work',
      'In Progress',
      'Review',
      'Done',
    ]);
    expect(plan.tags).toContainEqual({ name: 'Blocked', color: '#f87462' });
    expect(plan.members.map((m) => m.name)).toContain('Jakub Tříska');
  });

  it('keeps per-list card counts and Trello pos order', () => {
    const perStage = plan.stages.map((s) => plan.requirements.filter((r) => r.stageKey === s.key).length);
    expect(perStage).toEqual([0, 4, 5, 7, 4, 1, 19]);
    const board = JSON.parse(sample) as { cards: { id: string; idList: string; pos: number }[] };
    for (const stage of plan.stages) {
      const expected = board.cards
        .filter((c) => c.idList === stage.key)
        .sort((a, b) => a.pos - b.pos)
        .map((c) => c.id);
      expect(plan.requirements.filter((r) => r.stageKey === stage.key).map((r) => r.key)).toEqual(expected);
    }
  });

  it('maps checklists (2 checklists, 5 done items), due dates, labels, members and comments', () => {
    const criteria = plan.requirements.flatMap((r) => r.acceptanceCriteria);
    expect(criteria).toHaveLength(5);
    expect(criteria.every((c) => c.done)).toBe(true);
    expect(plan.requirements.filter((r) => r.acceptanceCriteria.length > 0)).toHaveLength(2);
    expect(plan.requirements.filter((r) => r.dueDate !== null).map((r) => r.dueDate)).toContain('2018-01-15');
    expect(plan.requirements.filter((r) => r.dueDate !== null)).toHaveLength(2);
    expect(plan.requirements.reduce((n, r) => n + r.tags.length, 0)).toBe(42);
    expect(plan.requirements.filter((r) => r.ownerKey !== null)).toHaveLength(28);
    const notes = plan.requirements.flatMap((r) => r.notes);
    expect(notes).toHaveLength(17);
    expect(notes).toContainEqual({
      authorKey: '4f0b094161d1ad231548d658',
      at: '2017-12-22T15:29:08.172Z',
      text: '@josephfioramonti1 Awesome! Thank you!',
    });
    expect(plan.requirements.filter((r) => r.description !== '')).toHaveLength(18);
    expect(
      plan.requirements.every((r) => r.createdAt !== null && r.updatedAt !== null && r.createdAt <= r.updatedAt),
    ).toBe(true);
  });

  it('suggests lifecycle stages by list name', () => {
    const mapping = defaultMapping(plan);
    const byName = Object.fromEntries(plan.stages.map((s) => [s.name, mapping.stages[s.key]]));
    expect(byName).toMatchObject({
      Ideas: 'default:inbox',
      'In Progress': 'default:development',
      Review: 'default:review',
      Done: 'default:released',
    });
  });
});

describe('parseTrello on small boards', () => {
  const board = (cards: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      name: 'B',
      lists: [
        { id: 'l1', name: 'Doing', pos: 1 },
        { id: 'l2', name: 'Old', pos: 2, closed: true },
      ],
      cards,
      ...extra,
    });
  const card = (over: Record<string, unknown>) => ({ id: 'c', name: 'Card', idList: 'l1', pos: 1, ...over });

  it('archives cards in archived lists, keeps start, dueComplete and attachments as links', () => {
    const plan = parseTrello(
      board([
        card({ id: 'a', idList: 'l2' }),
        card({
          id: 'b',
          start: '2026-01-02T00:00:00.000Z',
          due: '2026-01-09T00:00:00.000Z',
          dueComplete: true,
          attachments: [{ name: 'Spec', url: 'https://example.com/spec' }],
        }),
      ]),
    );
    expect(plan.requirements.find((r) => r.key === 'a')?.archived).toBe(true);
    expect(plan.requirements.find((r) => r.key === 'b')).toMatchObject({
      archived: false,
      startDate: '2026-01-02',
      dueDate: '2026-01-09',
      dueDone: true,
      links: [{ label: 'Spec', url: 'https://example.com/spec' }],
    });
  });

  it('names each bad field by its path and blocks the import', () => {
    const plan = parseTrello(
      board([
        card({}),
        card({ id: 'x', due: 'next week' }),
        card({ id: 'y', idList: 'nope' }),
        card({ id: 'z', name: '  ' }),
      ]),
    );
    expect(plan.problems.map((p) => `${p.where}: ${p.code}`)).toEqual([
      'cards[1].due: notADate',
      'cards[2].idList: unknownList',
      'cards[3].name: missingTitle',
    ]);
    expect(hasBlockingProblems(plan)).toBe(true);
  });

  it('reports invalid JSON and a wrong shape with paths', () => {
    expect(parseTrello('{"lists": [').problems[0]?.code).toBe('invalidJson');
    const plan = parseTrello(JSON.stringify({ lists: [], cards: [{ id: 'c', idList: 'l' }] }));
    expect(plan.problems.map((p) => `${p.where}: ${p.code}`)).toEqual(['cards[0].name: invalidShape']);
  });
});

describe('parseTrello names bad ids and values with their paths', () => {
  const list = (id: string) => ({ id, name: `List ${id}`, pos: 1 });
  const cardOf = (id: string, idList: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: `Card ${id}`,
    idList,
    pos: 1,
    ...extra,
  });
  const board = (lists: unknown[], cards: unknown[]) => JSON.stringify({ name: 'B', lists, cards });

  it('duplicate card ids are a blocking problem naming the id and both paths', () => {
    const plan = parseTrello(board([list('l1')], [cardOf('c1', 'l1'), cardOf('c2', 'l1'), cardOf('c1', 'l1')]));
    expect(plan.problems).toContainEqual({
      where: 'cards[2].id',
      code: 'duplicateCardId',
      detail: 'c1 = cards[0].id',
      blocking: true,
    });
    expect(hasBlockingProblems(plan)).toBe(true);
  });

  it('a duplicate list id is named, not only the cards whose list went missing', () => {
    const plan = parseTrello(board([list('l1'), list('l1')], [cardOf('c1', 'l1'), cardOf('c2', 'l2')]));
    expect(plan.problems[0]).toEqual({
      where: 'lists[1].id',
      code: 'duplicateListId',
      detail: 'l1 = lists[0].id',
      blocking: true,
    });
  });

  it('pos "abc" is not a number, reported at its path', () => {
    const plan = parseTrello(board([list('l1')], [cardOf('c1', 'l1', { pos: 'abc' })]));
    expect(plan.problems).toEqual([{ where: 'cards[0].pos', code: 'notANumber', detail: 'abc', blocking: true }]);
  });

  it('a numeric pos string is still read', () => {
    expect(parseTrello(board([list('l1')], [cardOf('c1', 'l1', { pos: '16384' })])).problems).toEqual([]);
  });

  it('an impossible due date (February 30th) is not a date', () => {
    const plan = parseTrello(board([list('l1')], [cardOf('c1', 'l1', { due: '2026-02-30T12:00:00.000Z' })]));
    expect(plan.problems).toEqual([
      { where: 'cards[0].due', code: 'notADate', detail: '2026-02-30T12:00:00.000Z', blocking: true },
    ]);
  });
});
