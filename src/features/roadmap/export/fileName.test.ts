import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileStem } from './fileName';

describe('exportFileName', () => {
  it('names the file <product>-roadmap-<date>.<ext>, keeping Chinese', () => {
    expect(exportFileName('Cairn 路线图', '2026-05-14', 'pdf')).toBe('Cairn-路线图-roadmap-2026-05-14.pdf');
  });

  it('removes characters no file system accepts and never returns an empty or reserved name', () => {
    expect(safeFileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeFileStem('..//..')).toBe('cairn');
    expect(safeFileStem('CON')).toBe('cairn');
    expect(safeFileStem(' \t\n')).toBe('cairn');
    expect([...safeFileStem('长'.repeat(200))]).toHaveLength(80);
  });
});
