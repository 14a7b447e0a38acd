import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/translate';
import { formatChord, formatKeys } from './format';

const t: Translate = (key, params) => `${key}:${JSON.stringify(params)}`;

describe('formatKeys', () => {
  it('writes Ctrl on Windows and Linux, the Mac symbols on a Mac', () => {
    expect(formatChord('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatChord('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatChord('ArrowLeft', false)).toBe('←');
  });
  it('reads a sequence as one key then the other', () => {
    expect(formatKeys('G B', t, false)).toBe('shortcuts.then:{"first":"G","second":"B"}');
    expect(formatKeys('?', t, false)).toBe('?');
  });
});
