// Text search over requirements. Substring matching, never word splitting:
// Chinese has no spaces between words, so "导出" must match "批量导出报表".
// Case and width are folded: full-width "ＰＤＦ" (common in Chinese input) finds "pdf".
import type { Member, Requirement } from '../types';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * The form both the text and the query are compared in. Full-width ASCII maps
 * one to one onto ASCII (cheaper than NFKC at 10,000 rows, and highlight
 * positions stay the same).
 */
export function foldText(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .toLowerCase();
}

/** The query's parts: each must appear; spaces separate parts, nothing else does. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Everything a search looks in: title, description, tags, notes, owner name, priority and type. */
export function searchText(r: Requirement, members: ReadonlyMap<string, Member>): string {
  const owner = r.ownerId ? (members.get(r.ownerId)?.name ?? '') : '';
  const notes = r.notes.map((n) => n.text).join('\n');
  return foldText(`${r.title}\n${r.description}\n${r.tags.join('\n')}\n${notes}\n${owner}\n${r.priority}\n${r.type}`);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** One requirement's text, folded once per search and reused while the query changes. */
export type SearchIndex = Map<string, string>;

export function buildSearchIndex(
  requirements: Iterable<Requirement>,
  members: ReadonlyMap<string, Member>,
): SearchIndex {
  const index: SearchIndex = new Map();
  for (const r of requirements) index.set(r.id, searchText(r, members));
  return index;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into the parts a search matched and the rest, for highlighting.
 * Texts whose folded form changes length (rare ligatures) are not highlighted
 * rather than highlighted in the wrong place.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0) return [{ text, match: false }];
  const folded = foldText(text);
  if (folded.length !== text.length) return [{ text, match: false }];
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      marked.fill(1, at, at + term.length);
    }
  }
  const parts: TextPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return parts.length > 0 ? parts : [{ text, match: false }];
}
