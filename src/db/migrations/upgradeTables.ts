import type { Transaction } from 'dexie';
import type { TableUpgrades } from '../../domain/upgrades/rows';

/**
 * Runs one version's pure row upgrades (domain/upgrades) over the stored rows,
 * inside Dexie's upgrade transaction: the same functions backup restore runs.
 */
export async function upgradeTables(tx: Transaction, upgrades: TableUpgrades): Promise<void> {
  for (const [table, upgrade] of Object.entries(upgrades)) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>, ctx) => {
        ctx.value = upgrade(row);
      });
  }
}
