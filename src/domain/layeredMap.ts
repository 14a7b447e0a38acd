// A read-only map that is another map with a few entries changed, made without copying it: the
// board's 100,000 rows by id change one or two at a time, and copying the whole map for each
// move (about 10 ms) was most of the drop's work. Once the changes grow past a share of the
// base, they are folded into a new base, so a lookup never walks more than one layer.

const GONE: unique symbol = Symbol('gone');
type Change<V> = V | typeof GONE;

/** Changes at most this share of the base before they are folded in. */
const FOLD_SHARE = 1 / 16;
const FOLD_MIN = 64;

export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changes: ReadonlyMap<K, Change<V>>,
    size: number,
  ) {
    this.size = size;
  }

  static of<K, V>(base: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return base instanceof LayeredMap ? (base as LayeredMap<K, V>) : new LayeredMap(base, new Map(), base.size);
  }

  /** This map with `key` set to `value`, or removed when `value` is undefined. */
  with(updates: Iterable<readonly [K, V | undefined]>): LayeredMap<K, V> {
    const changes = new Map(this.changes);
    let size = this.size;
    for (const [key, value] of updates) {
      const change = changes.get(key);
      const had = change === GONE ? false : change !== undefined || this.base.has(key);
      if (value === undefined) {
        if (!had) continue;
        size--;
        if (this.base.has(key)) changes.set(key, GONE);
        else changes.delete(key);
      } else {
        if (!had) size++;
        changes.set(key, value);
      }
    }
    if (changes.size <= Math.max(FOLD_MIN, this.base.size * FOLD_SHARE))
      return new LayeredMap(this.base, changes, size);
    const folded = new Map<K, V>();
    for (const [key, value] of new LayeredMap(this.base, changes, size)) folded.set(key, value);
    return new LayeredMap(folded, new Map(), folded.size);
  }

  get(key: K): V | undefined {
    const change = this.changes.get(key);
    if (change === GONE) return undefined;
    return change !== undefined ? change : this.base.get(key);
  }

  has(key: K): boolean {
    const change = this.changes.get(key);
    if (change === GONE) return false;
    return change !== undefined || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const entry of this.base) if (!this.changes.has(entry[0])) yield entry;
    for (const [key, change] of this.changes) if (change !== GONE) yield [key, change];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
