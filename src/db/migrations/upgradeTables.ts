import Dexie, { type Transaction } from 'dexie';

/**
 * Runs version `version`'s pure row upgrades (domain/upgrades, the steps backup
 * restore runs too) over the stored rows, inside Dexie's upgrade transaction.
 * The steps load only when an older database is opened, so they stay out of
 * the start-up bundle; Dexie.waitFor keeps the upgrade transaction open while
 * the chunk loads (a plain await on a non-IndexedDB promise would let it commit).
 */
export async function upgradeTables(tx: Transaction, version: number): Promise<void> {
  const { UPGRADES } = await Dexie.waitFor(import('../../domain/upgrades/chain'));
  for (const [table, upgrade] of Object.entries(UPGRADES[version] ?? {})) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>, ctx) => {
        ctx.value = upgrade(row);
      });
  }
}
