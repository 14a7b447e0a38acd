// How a support level looks: an icon and a word, never colour alone.
import type { SupportLevel } from '../../domain/competitors/types';

export const LEVEL_ICON: Record<SupportLevel, string> = {
  has: '✓',
  partial: '◐',
  no: '✕',
  unknown: '?',
};
