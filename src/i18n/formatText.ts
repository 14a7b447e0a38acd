// Lists, plural categories and sorting, from format.ts's cache; apart from it
// because only lazily loaded views use them (start-up JS budget).
import { cached } from './format';

const LIST = { style: 'short', type: 'unit' } as const;

/** Short unit lists: "a, b, c" in English, "甲乙" in Chinese. */
export function formatList(parts: readonly string[], locale: string): string {
  return cached('list', locale, LIST, () => new Intl.ListFormat(locale, LIST)).format(parts);
}

/** Plural categories ("one", "few"…) for translateCount. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, {}, () => new Intl.PluralRules(locale));
}

/** Text in the reader's sort order. */
export function collator(locale: string): Intl.Collator {
  return cached('collator', locale, {}, () => new Intl.Collator(locale));
}
