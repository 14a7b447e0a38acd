// Every row of a backup must point at rows of the same file and the same product.
import { BACKUP_TABLES, type BackupTables } from './format';
import { MAX_PROBLEMS, problem, rowLabel, type BackupProblem } from './problems';

/** Ids per product, for "is X a stage of product Y". */
function idsByProduct(rows: { id: string; productId: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.id, row.productId]));
}

export function checkBackupReferences(tables: BackupTables): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const add = (p: BackupProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const products = new Set(tables.products.map((p) => p.id));
  const stages = idsByProduct(tables.stages);
  const lanes = idsByProduct(tables.lanes);
  const initiatives = idsByProduct(tables.initiatives);
  const iterations = idsByProduct(tables.iterations);

  tables.products.forEach((row, index) => {
    if (row.productId !== row.id)
      add(problem('productNotSelf', { where: rowLabel('products', index, row.id), value: row.productId }));
  });
  for (const table of BACKUP_TABLES) {
    if (table === 'products') continue;
    tables[table].forEach((row, index) => {
      if (!products.has(row.productId))
        add(problem('unknownProduct', { where: rowLabel(table, index, row.id), value: row.productId }));
    });
  }
  tables.requirements.forEach((row, index) => {
    const where = rowLabel('requirements', index, row.id);
    if (stages.get(row.stageId) !== row.productId)
      add(problem('notStageOfProduct', { where, value: row.stageId, productId: row.productId }));
    if (row.initiativeId !== null && initiatives.get(row.initiativeId) !== row.productId) {
      add(problem('notInitiativeOfProduct', { where, value: row.initiativeId, productId: row.productId }));
    }
    if (row.iterationId !== null && iterations.get(row.iterationId) !== row.productId) {
      add(problem('notIterationOfProduct', { where, value: row.iterationId, productId: row.productId }));
    }
  });
  tables.initiatives.forEach((row, index) => {
    if (lanes.get(row.laneId) !== row.productId) {
      add(
        problem('notLaneOfProduct', {
          where: rowLabel('initiatives', index, row.id),
          value: row.laneId,
          productId: row.productId,
        }),
      );
    }
  });
  return problems;
}
