import { describe, expect, it } from 'vitest';
import { dropTarget, insertionIndex, placeAt, stageOf } from './dragPreview';

const columns = { inbox: ['a', 'b', 'c'], analysis: ['x', 'y'], design: [] as string[] };

describe('drag preview', () => {
  it('finds the stage of a card and of a stage', () => {
    expect(stageOf(columns, 'y')).toBe('analysis');
    expect(stageOf(columns, 'design')).toBe('design');
    expect(stageOf(columns, 'nope')).toBeNull();
  });

  it('moves a card into another stage at a position among its cards', () => {
    const next = placeAt(columns, 'a', 'analysis', 1);
    expect(next).toEqual({ inbox: ['b', 'c'], analysis: ['x', 'a', 'y'], design: [] });
    expect(dropTarget(next, 'a')).toEqual({ stageId: 'analysis', index: 1 });
  });

  it('clamps the position to the column, so an empty column takes the card first', () => {
    expect(placeAt(columns, 'c', 'design', 7).design).toEqual(['c']);
    expect(placeAt(columns, 'a', 'analysis', 99).analysis).toEqual(['x', 'y', 'a']);
    expect(placeAt(columns, 'a', 'analysis', -3).analysis).toEqual(['a', 'x', 'y']);
  });

  it('reorders inside a stage', () => {
    expect(placeAt(columns, 'a', 'inbox', 2).inbox).toEqual(['b', 'c', 'a']);
    expect(placeAt(columns, 'c', 'inbox', 0).inbox).toEqual(['c', 'a', 'b']);
  });

  it('returns the same columns when nothing changes, so React can skip a render', () => {
    expect(placeAt(columns, 'b', 'inbox', 1)).toBe(columns);
    expect(placeAt(columns, 'a', 'unknown', 0)).toBe(columns);
    expect(placeAt(columns, 'unknown', 'inbox', 0)).toBe(columns);
  });

  it('does not change the snapshot it was given (cancel restores it)', () => {
    const snapshot = structuredClone(columns);
    placeAt(columns, 'a', 'analysis', 0);
    expect(columns).toEqual(snapshot);
  });
});

describe('insertion index from the slot under the pointer', () => {
  it('goes before a card in its upper half and after it in its lower half', () => {
    expect(insertionIndex(['x', 'y'], 'a', { index: 1, below: false })).toBe(1);
    expect(insertionIndex(['x', 'y'], 'a', { index: 1, below: true })).toBe(2);
  });

  it('counts positions without the card’s own placeholder', () => {
    // a is shown at 0; the lower half of c (rendered index 2) means "after c", which is 2 among b, c.
    expect(insertionIndex(['a', 'b', 'c'], 'a', { index: 2, below: true })).toBe(2);
    expect(insertionIndex(['b', 'c', 'a'], 'a', { index: 0, below: false })).toBe(0);
  });

  it('keeps the card where it is while the pointer is over its own placeholder', () => {
    expect(insertionIndex(['b', 'a', 'c'], 'a', { index: 1, below: true })).toBeNull();
  });

  it('goes to the end below the last card or in an empty column', () => {
    expect(insertionIndex(['x', 'y'], 'a', null)).toBe(2);
    expect(insertionIndex([], 'a', null)).toBe(0);
    expect(insertionIndex(['a', 'x'], 'a', null)).toBe(1);
  });
});
