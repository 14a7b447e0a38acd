import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layeredMap';

const sorted = (map: ReadonlyMap<string, number>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

describe('LayeredMap', () => {
  it('reads as the base with the changes applied, and leaves the base and the older map alone', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const first = LayeredMap.of(base);
    const second = first.with([
      ['b', 20],
      ['c', undefined],
      ['d', 4],
    ]);
    expect(sorted(second)).toEqual([
      ['a', 1],
      ['b', 20],
      ['d', 4],
    ]);
    expect(second.size).toBe(3);
    expect(second.get('c')).toBeUndefined();
    expect(second.has('c')).toBe(false);
    expect(second.has('d')).toBe(true);
    expect([...second.keys()].sort()).toEqual(['a', 'b', 'd']);
    expect([...second.values()].sort()).toEqual([1, 20, 4].sort());
    expect(sorted(first)).toEqual(sorted(base));
    expect(base.size).toBe(3);
  });

  it('counts a removal of a missing key and a change of a present one as no change in size', () => {
    const map = LayeredMap.of(new Map([['a', 1]])).with([
      ['zz', undefined],
      ['a', 2],
    ]);
    expect(map.size).toBe(1);
    expect(map.get('a')).toBe(2);
  });

  it('adds and removes the same new key across layers', () => {
    const added = LayeredMap.of(new Map([['a', 1]])).with([['n', 5]]);
    const removed = added.with([['n', undefined]]);
    expect(sorted(removed)).toEqual([['a', 1]]);
    expect(removed.size).toBe(1);
    const back = removed.with([['n', 6]]);
    expect(back.get('n')).toBe(6);
    expect(back.size).toBe(2);
  });

  it('folds many changes into a new base and still reads the same', () => {
    const base = new Map(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i] as [string, number]));
    let map = LayeredMap.of(base);
    for (let i = 0; i < 300; i++) map = map.with([[`k${i}`, i === 7 ? undefined : -i]]);
    expect(map.size).toBe(999);
    expect(map.get('k7')).toBeUndefined();
    expect(map.get('k299')).toBe(-299);
    expect(map.get('k999')).toBe(999);
    expect([...map].length).toBe(999);
  });
});
