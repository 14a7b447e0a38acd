import type Dexie from 'dexie';
import { emptyScores } from '../../domain/scoring/types';

/**
 * Version 4: the requirements workspace (scores, source, success metric,
 * feedback, competitors, templates, saved views), iterations and daily
 * snapshots. Requirements gain scoring fields and an iteration; stages say
 * whether reaching them means done; products carry their settings.
 */
export function applyVersion4(db: Dexie): void {
  db.version(4)
    .stores({
      requirements: 'id, productId, [productId+state+stageId+rank], [productId+updatedAt], initiativeId, iterationId',
      iterations: 'id, productId, [productId+state]',
      feedback: 'id, productId, *requirementIds',
      competitors: 'id, productId',
      capabilities: 'id, productId, *requirementIds',
      templates: 'id, productId',
      savedViews: 'id, productId',
      snapshots: 'id, &day',
    })
    .upgrade(async (tx) => {
      await tx
        .table('requirements')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.source === undefined) row.source = null;
          if (row.successMetric === undefined) row.successMetric = null;
          if (row.scores === undefined) row.scores = emptyScores();
          if (row.iterationId === undefined) row.iterationId = null;
        });
      await tx
        .table('stages')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.done === undefined) row.done = row.key === 'released' || row.key === 'review';
        });
      await tx
        .table('products')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (row.settings === undefined) row.settings = { cardScore: 'rice', parallelIterations: false };
        });
    });
}
