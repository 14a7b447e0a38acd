/**
 * Commands whose text holds every typed word, in any order; the labels of
 * both languages count, so a PM can type "export" or "导出" whatever the UI
 * language. Order is the list's own (most used first), not a fuzzy score.
 */
export function matchCommands<T>(items: readonly T[], query: string, texts: (item: T) => string[]): T[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = texts(item).join('\n').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
