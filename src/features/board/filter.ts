// The board's search: an in-memory index rebuilt from the live rows, so a
// keystroke filters 10,000 requirements without touching IndexedDB.
import type { Member, Requirement } from '../../domain/types';
import type { ColumnIds } from './drag/dragPreview';

export type SearchIndex = Map<string, string>;

export function buildSearchIndex(requirements: Iterable<Requirement>, members: Map<string, Member>): SearchIndex {
  const index: SearchIndex = new Map();
  for (const r of requirements) {
    const owner = r.ownerId ? (members.get(r.ownerId)?.name ?? '') : '';
    index.set(r.id, `${r.title}\n${r.tags.join(' ')}\n${owner}\n${r.priority}\n${r.type}`.toLocaleLowerCase());
  }
  return index;
}

/** Every word of the query must appear (title, tags, owner, priority or type), in any order. */
export function matchesQuery(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

export function queryWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The ids each column shows for `query`; the same object when there is no query. */
export function filterColumnIds(columns: ColumnIds, index: SearchIndex, query: string): ColumnIds {
  const words = queryWords(query);
  if (words.length === 0) return columns;
  const filtered: ColumnIds = {};
  for (const [stageId, ids] of Object.entries(columns)) {
    filtered[stageId] = ids.filter((id) => matchesQuery(index.get(id) ?? '', words));
  }
  return filtered;
}
