import { describe, expect, it } from 'vitest';
import { viewFromHash } from './appView';

describe('viewFromHash', () => {
  it('reads the two views', () => {
    expect(viewFromHash('#/roadmap')).toBe('roadmap');
    expect(viewFromHash('#/board')).toBe('board');
    expect(viewFromHash('#/iterations')).toBe('iterations');
  });
  it('ignores anything else, including the skip link and look-alikes', () => {
    for (const hash of ['', '#board', '#/roadmap/x', '#/Roadmap', '#/settings', '#/roadmap?x=1']) expect(viewFromHash(hash)).toBeNull();
  });
});
