import { describe, expect, it } from 'vitest';
import { makeRequirement, TEST_ROW_ENV } from '../roadmap/testing';
import { newMember } from '../rows/product';
import type { Member, Requirement } from '../types';
import { createLiveSearchIndex } from './liveIndex';
import { buildSearchIndex, matchesTerms, searchTerms } from './search';

const member = (id: string, name: string): Member => newMember(TEST_ROW_ENV, { id, productId: 'p', name, role: 'pm' });
const byId = (rows: Requirement[]) => new Map(rows.map((r) => [r.id, r]));
// Rows read again from IndexedDB are new objects with the same values.
const reread = (rows: Map<string, Requirement>) => new Map([...rows].map(([id, r]) => [id, structuredClone(r)]));

function board(count: number): Map<string, Requirement> {
  return byId(Array.from({ length: count }, (_, i) => makeRequirement({ id: `r${i}`, title: `Card ${i}` })));
}

/** The ids the index finds for `query`, in row order. */
function find(texts: ReadonlyMap<string, string>, rows: Map<string, Requirement>, query: string) {
  return [...rows.keys()].filter((id) => matchesTerms(texts.get(id) ?? '', searchTerms(query)));
}

describe('live search index', () => {
  const members = new Map([['m1', member('m1', 'Lin Wei')]]);

  it('holds exactly what a fresh build holds after rows are added, in slices or at once', () => {
    const index = createLiveSearchIndex();
    const rows = board(1000);
    let slices = 0;
    let budget = 0;
    // Each slice gets time for one batch of rows.
    while (!index.sync(rows, members, () => (budget-- > 0 ? 10 : 0))) {
      slices++;
      budget = 1;
    }
    expect(slices).toBeGreaterThan(1);
    expect(index.texts).toEqual(buildSearchIndex(rows.values(), members));

    const more = new Map([...rows, ['new', makeRequirement({ id: 'new', title: '批量导出报表' })]]);
    expect(index.sync(more, members)).toBe(true);
    expect(find(index.texts, more, '导出')).toEqual(['new']);
    expect(index.texts).toEqual(buildSearchIndex(more.values(), members));
  });

  it('folds pages ahead of the sync that holds them, so that sync folds nothing again and drops nothing early', () => {
    const index = createLiveSearchIndex();
    const rows = board(300);
    let titleReads = 0;
    for (const row of rows.values()) {
      const title = row.title;
      Object.defineProperty(row, 'title', { get: () => (titleReads++, title), enumerable: true });
    }
    const all = [...rows.values()];
    index.add(all.slice(0, 100), members);
    expect(index.texts.size).toBe(100);
    index.add(all.slice(100), members);
    expect(titleReads).toBe(300);
    expect(find(index.texts, rows, 'card 299')).toEqual(['r299']);

    expect(index.sync(rows, members)).toBe(true);
    expect(titleReads).toBe(300);
    expect(index.texts).toEqual(buildSearchIndex(rows.values(), members));
  });

  it('refolds edited titles, descriptions, tags, notes, priority and type', () => {
    const index = createLiveSearchIndex();
    const rows = board(5);
    index.sync(rows, members);
    const edited = reread(rows);
    const r = (id: string) => edited.get(id) as Requirement;
    edited.set('r0', { ...r('r0'), title: 'Checkout coupons' });
    edited.set('r1', { ...r('r1'), description: 'Apply a **discount**' });
    edited.set('r2', { ...r('r2'), tags: ['payments'] });
    edited.set('r3', {
      ...r('r3'),
      notes: [{ id: 'n', authorId: null, at: '2026-01-01T00:00:00Z', text: '用户访谈：夜间使用很多' }],
    });
    edited.set('r4', { ...r('r4'), priority: 'P3', type: 'bug' });
    index.sync(edited, members);
    expect(find(index.texts, edited, 'coupons')).toEqual(['r0']);
    expect(find(index.texts, edited, 'card 0')).toEqual([]);
    expect(find(index.texts, edited, 'discount')).toEqual(['r1']);
    expect(find(index.texts, edited, 'payments')).toEqual(['r2']);
    expect(find(index.texts, edited, '夜间')).toEqual(['r3']);
    expect(find(index.texts, edited, 'p3 bug')).toEqual(['r4']);
    expect(index.texts).toEqual(buildSearchIndex(edited.values(), members));
  });

  it('follows a note edited in place and a tag replaced', () => {
    const index = createLiveSearchIndex();
    const first = byId([
      makeRequirement({
        id: 'a',
        tags: ['old', 'kept'],
        notes: [{ id: 'n', authorId: null, at: '2026-01-01T00:00:00Z', text: 'first words' }],
      }),
    ]);
    index.sync(first, members);
    const a = first.get('a') as Requirement;
    const noteEdited = byId([{ ...a, notes: [{ ...(a.notes[0] as Requirement['notes'][0]), text: 'second' }] }]);
    index.sync(noteEdited, members);
    expect(find(index.texts, noteEdited, 'first')).toEqual([]);
    expect(find(index.texts, noteEdited, 'second')).toEqual(['a']);
    const tagReplaced = byId([{ ...(noteEdited.get('a') as Requirement), tags: ['fresh', 'kept'] }]);
    index.sync(tagReplaced, members);
    expect(find(index.texts, tagReplaced, 'old')).toEqual([]);
    expect(find(index.texts, tagReplaced, 'second fresh kept')).toEqual(['a']);
  });

  it('follows owners: reassigned, renamed, and removed from the product', () => {
    const index = createLiveSearchIndex();
    const rows = byId([makeRequirement({ id: 'a', ownerId: 'm1' }), makeRequirement({ id: 'b' })]);
    index.sync(rows, members);
    expect(find(index.texts, rows, 'lin')).toEqual(['a']);

    // The same row objects, with the member renamed.
    const renamed = new Map([['m1', member('m1', 'Zhang San')]]);
    index.sync(rows, renamed);
    expect(find(index.texts, rows, 'lin')).toEqual([]);
    expect(find(index.texts, rows, 'zhang')).toEqual(['a']);

    const reassigned = reread(rows);
    reassigned.set('a', { ...(reassigned.get('a') as Requirement), ownerId: null });
    reassigned.set('b', { ...(reassigned.get('b') as Requirement), ownerId: 'm1' });
    index.sync(reassigned, renamed);
    expect(find(index.texts, reassigned, 'zhang')).toEqual(['b']);

    index.sync(reassigned, new Map());
    expect(find(index.texts, reassigned, 'zhang')).toEqual([]);
    expect(index.texts).toEqual(buildSearchIndex(reassigned.values(), new Map()));
  });

  it('drops deleted rows, and keeps exact when a cut-short sync meets different rows', () => {
    const index = createLiveSearchIndex();
    const rows = board(1000);
    expect(index.sync(rows, members, () => 0)).toBe(false);
    const fewer = reread(rows);
    fewer.delete('r0');
    fewer.delete('r999');
    fewer.set('r500', { ...(fewer.get('r500') as Requirement), title: 'Dark mode' });
    expect(index.sync(fewer, members)).toBe(true);
    expect(index.texts.has('r0')).toBe(false);
    expect(index.texts.has('r999')).toBe(false);
    expect(find(index.texts, fewer, 'dark')).toEqual(['r500']);
    expect(index.texts).toEqual(buildSearchIndex(fewer.values(), members));

    index.sync(new Map(), members);
    expect(index.texts.size).toBe(0);
  });

  it('returns at once for the maps it last finished, and still follows the next ones', () => {
    const index = createLiveSearchIndex();
    const rows = board(3);
    index.sync(rows, members);
    let walks = 0;
    const walked = new Map(rows);
    walked.values = function () {
      walks++;
      return Map.prototype.values.call(this) as MapIterator<Requirement>;
    };
    index.sync(walked, members);
    expect(walks).toBe(1);
    // The first keystroke after the idle sync: the same maps again, no walk of the rows.
    expect(index.sync(walked, members)).toBe(true);
    expect(walks).toBe(1);
    const renamed = new Map([...walked, ['r1', { ...(walked.get('r1') as Requirement), title: 'Checkout coupons' }]]);
    index.sync(renamed, members);
    expect(find(index.texts, renamed, 'coupons')).toEqual(['r1']);
  });
});
