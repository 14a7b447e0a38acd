// Shortcuts as people read them: Ctrl+Shift+Z on Windows and Linux, ⌘⇧Z on a Mac.
import type { Translate } from '../../i18n/translate';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

export function formatChord(chord: string, mac = MAC): string {
  const named = chord.replace(/Arrow\w+$/, (arrow) => ARROWS[arrow] ?? arrow);
  return mac ? named.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥') : named.replace('Mod+', 'Ctrl+');
}

/** One shortcut: a chord, or a sequence read as "G then B". */
export function formatKeys(keys: string, t: Translate, mac = MAC): string {
  const [first = '', second] = keys.split(' ').map((chord) => formatChord(chord, mac));
  return second === undefined ? first : t('shortcuts.then', { first, second });
}
