import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the file <product>-roadmap-<date>.<ext>, keeping Chinese', () => {
    expect(exportFileName('Cairn 路线图', '2026-05-14', 'pdf')).toBe('Cairn-路线图-roadmap-2026-05-14.pdf');
  });
});
