import { describe, expect, it } from 'vitest';
import { datedFileName, safeFileStem } from './fileName';

describe('safeFileStem', () => {
  it('removes characters no file system accepts and never returns an empty or reserved name', () => {
    expect(safeFileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileStem('..//..')).toBe('cairn');
    expect(safeFileStem('CON')).toBe('cairn');
    expect(safeFileStem(' \t\n')).toBe('cairn');
    expect([...safeFileStem('长'.repeat(200))]).toHaveLength(80);
  });

  it('names a dated export <product>-<what>-<date>.<ext>', () => {
    expect(datedFileName('Cairn 需求', 'requirements', '2026-05-14', 'csv')).toBe(
      'Cairn-需求-requirements-2026-05-14.csv',
    );
  });
});
