import { describe, expect, it } from 'vitest';
import { contrastRatio, textColorOn } from './tagColors';
import { TAG_PALETTE } from './tagPalette';

describe('textColorOn', () => {
  it('picks white on dark colours and black on light ones', () => {
    expect(textColorOn('#1971c2')).toBe('#ffffff');
    expect(textColorOn('#ffd43b')).toBe('#000000');
  });

  it('keeps text at 4.5:1 or better on any colour a PM can pick', () => {
    for (let n = 0; n < 0xffffff; n += 0x0a0b0c) {
      const color = `#${n.toString(16).padStart(6, '0')}`;
      expect(contrastRatio(color, textColorOn(color)), color).toBeGreaterThanOrEqual(4.5);
    }
    for (const color of TAG_PALETTE) expect(contrastRatio(color, textColorOn(color))).toBeGreaterThanOrEqual(4.5);
  });
});
