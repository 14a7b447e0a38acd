import { describe, expect, it } from 'vitest';
import { dropTarget, previewMove, stageOf } from './dragPreview';

const columns = { inbox: ['a', 'b', 'c'], analysis: ['x', 'y'], design: [] as string[] };

describe('drag preview', () => {
  it('finds the stage of a card and of a stage', () => {
    expect(stageOf(columns, 'y')).toBe('analysis');
    expect(stageOf(columns, 'design')).toBe('design');
    expect(stageOf(columns, 'nope')).toBeNull();
  });

  it('moves a card into another stage at the card it is over', () => {
    const next = previewMove(columns, 'a', 'y', false);
    expect(next).toEqual({ inbox: ['b', 'c'], analysis: ['x', 'a', 'y'], design: [] });
    expect(dropTarget(next, 'a')).toEqual({ stageId: 'analysis', index: 1 });
  });

  it('moves below the card when the pointer is past its middle', () => {
    expect(previewMove(columns, 'a', 'y', true).analysis).toEqual(['x', 'y', 'a']);
  });

  it('appends when over an empty column', () => {
    const next = previewMove(columns, 'c', 'design', false);
    expect(next.design).toEqual(['c']);
    expect(dropTarget(next, 'c')).toEqual({ stageId: 'design', index: 0 });
  });

  it('reorders inside a stage', () => {
    expect(previewMove(columns, 'a', 'c', true).inbox).toEqual(['b', 'c', 'a']);
  });

  it('returns the same columns when nothing changes, so React can skip a render', () => {
    expect(previewMove(columns, 'b', 'c', false)).toBe(columns);
    expect(previewMove(columns, 'a', 'unknown', false)).toBe(columns);
  });

  it('does not change the snapshot it was given (cancel restores it)', () => {
    const snapshot = structuredClone(columns);
    previewMove(columns, 'a', 'y', false);
    expect(columns).toEqual(snapshot);
  });
});
