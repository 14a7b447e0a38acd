// How a score reads on screen: few digits, no false precision. Pure, so the
// card, the detail panel and the ranked list show the same number.
import type { Framework } from './score';

/** RICE 1234.5 → "1235", 42.25 → "42.3", 3.333 → "3.33": about three significant digits, never "-0". */
export function formatScoreValue(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(rounded === 0 ? 0 : rounded);
}

/** The framework's short name as PMs write it; the same in every language. */
export const FRAMEWORK_NAMES: Record<Framework, string> = {
  rice: 'RICE',
  ice: 'ICE',
  wsjf: 'WSJF',
  moscow: 'MoSCoW',
  kano: 'Kano',
};
