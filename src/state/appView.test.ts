import { describe, expect, it } from 'vitest';
import { hashQuery, viewFromHash } from './appView';

describe('viewFromHash', () => {
  it('reads the views', () => {
    expect(viewFromHash('#/roadmap')).toBe('roadmap');
    expect(viewFromHash('#/board')).toBe('board');
    expect(viewFromHash('#/trash')).toBe('trash');
  });
  it('reads the prioritise view', () => {
    expect(viewFromHash('#/prioritise')).toBe('prioritise');
  });
  it('reads the table view', () => {
    expect(viewFromHash('#/table')).toBe('table');
  });
  it('reads the view before the filters’ query string', () => {
    expect(viewFromHash('#/table?priority=P0')).toBe('table');
    expect(hashQuery('#/table?priority=P0&owner=a')).toBe('priority=P0&owner=a');
    expect(hashQuery('#/board')).toBe('');
  });
  it('reads the iterations view', () => {
    expect(viewFromHash('#/iterations')).toBe('iterations');
  });
  it('ignores anything else, including the skip link and look-alikes', () => {
    for (const hash of ['', '#board', '#/roadmap/x', '#/Roadmap', '#/settings', '#/roadmapx?x=1', '#board?q=1'])
      expect(viewFromHash(hash)).toBeNull();
    expect(hashQuery('#board?q=1')).toBe('');
  });
});
