import type { CairnDatabase } from './database';

export interface ConnectionWatcher {
  /** Another tab holds an older version of the database open, so this tab cannot open it yet. */
  onBlocked(): void;
  /** A newer Cairn opened in another tab: this tab has closed its database and must be reloaded. */
  onOutdated(): void;
}

/**
 * Watches the database's connection for other tabs. Call before the first
 * query: 'blocked' fires while opening.
 */
export function watchConnection(db: CairnDatabase, watcher: ConnectionWatcher): () => void {
  const onBlocked = () => watcher.onBlocked();
  const onVersionChange = () => {
    // Step aside so the newer tab can upgrade, and stay closed: Dexie's default would reopen
    // on the next query with this tab's older schema and fail in a confusing way.
    db.close({ disableAutoOpen: true });
    watcher.onOutdated();
    // Dexie runs the latest subscriber first; false skips its default (close, then reopen on demand).
    return false;
  };
  db.on('blocked', onBlocked);
  db.on('versionchange', onVersionChange);
  return () => {
    db.on('blocked').unsubscribe(onBlocked);
    db.on('versionchange').unsubscribe(onVersionChange);
  };
}
