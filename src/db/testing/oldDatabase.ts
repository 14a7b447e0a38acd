// A database as an older Cairn left it, for upgrade tests: the old versions'
// schemas only, filled with rows in the old shape, then closed.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';

export async function writeOldDatabase(
  versions: readonly ((db: Dexie) => void)[],
  tables: Record<string, readonly unknown[]>,
): Promise<string> {
  const name = `cairn-upgrade-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  for (const apply of versions) apply(old);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd([...rows]);
  old.close();
  return name;
}
