// Dexie's `storagemutated` event gives, per table and index, the keys a commit wrote as a tree of
// ranges: a written row is a range of one key; a bulk write (50 rows or more) or a delete by range
// is a wider one.
import type { IndexableType, IntervalTree } from 'dexie';

export interface KeyRange {
  from: IndexableType;
  to: IndexableType;
}

/** The ranges of a tree of written keys, flat. */
export function rangesOf(tree: IntervalTree): KeyRange[] {
  const ranges: KeyRange[] = [];
  const walk = (node: IntervalTree | null | undefined) => {
    if (!node || !('from' in node)) return;
    ranges.push({ from: node.from, to: node.to });
    walk(node.l);
    walk(node.r);
  };
  walk(tree);
  return ranges;
}
