import { describe, expect, it } from 'vitest';
import { afterWrite, onRender } from './dotVersion';

describe('the version a matrix dot guards its next write on', () => {
  const start = { version: 4, replaced: null };

  it('keeps the version it wrote while a render still shows the row it replaced', () => {
    const written = afterWrite(start, 4, 5);
    expect(onRender(written, 4)).toEqual({ version: 5, replaced: 4 });
    // Two queued writes: the row between them is ours too.
    const twice = afterWrite(written, 5, 6);
    expect(onRender(twice, 5)).toEqual({ version: 6, replaced: 4 });
  });

  it('takes the database’s row once it has caught up or moved on', () => {
    const written = afterWrite(start, 4, 5);
    expect(onRender(written, 5)).toEqual({ version: 5, replaced: null });
    // Changed elsewhere after our write (another tab, an undo): that is the version now.
    expect(onRender(written, 9)).toEqual({ version: 9, replaced: null });
    // Replaced by an older copy (a restore): believed too, so the next write is not refused forever.
    expect(onRender(written, 2)).toEqual({ version: 2, replaced: null });
  });

  it('follows the row when it has written nothing', () => {
    expect(onRender(start, 7)).toEqual({ version: 7, replaced: null });
  });
});
