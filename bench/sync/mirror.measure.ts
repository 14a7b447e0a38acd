// The mirror's figures on fake-indexeddb (Node), written as JSON lines to $SYNC_BENCH_OUT:
// seeding a doc from a product, its size (bytes and Yjs items), a fresh client's first merge, a local move with the mirror on and
// off, and how long a remote edit takes to reach the other device's Dexie. Read them as relative
// costs: fake-indexeddb is slower than a browser's IndexedDB.
import { appendFileSync } from 'node:fs';
import * as Y from 'yjs';
import { it } from 'vitest';
import { exchange, mirror, newDevice } from '../../src/sync/mirror/testing/clients';

const SIZE = Number(process.env.SYNC_BENCH_SIZE ?? 10_000);
const MOVES = 100;

function figure(name: string, value: number, unit: string): void {
  const out = process.env.SYNC_BENCH_OUT;
  const line = JSON.stringify({ name, n: SIZE, value: Math.round(value * 10) / 10, unit });
  if (out) appendFileSync(out, `${line}\n`);
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

it('measures the mirror', async () => {
  const a = newDevice();
  const data = await a.repos.sample.generateSampleProduct({ size: SIZE, locale: 'en', today: '2026-05-14', seed: 1 });
  const productId = await a.repos.sample.writeSampleProduct(data);
  const rows = await a.repos.requirements.listBoardRequirements(productId);
  const stages = await a.repos.stages.listStages(productId);
  const move = (from: number) => async () => {
    for (let i = from; i < from + MOVES; i++)
      await a.repos.requirements.moveRequirement(rows[i]!.id, stages[2]!.id, `a${i}`);
  };

  await move(2 * MOVES)(); // warm-up: the first moves pay for compiling the write path
  figure('local_move_mirror_off_ms', (await timed(move(0))) / MOVES, 'ms');
  figure('seed_doc_ms', await timed(() => mirror(a, productId)), 'ms');
  const update = Y.encodeStateAsUpdate(a.doc);
  figure('doc_update_mb', update.length / 1024 / 1024, 'MB');
  // Every Yjs item is an object each client holds in memory: what the heap with sync on grows by.
  figure(
    'doc_items',
    [...a.doc.store.clients.values()].reduce((sum, structs) => sum + structs.length, 0),
    'count',
  );
  figure('local_move_mirror_on_ms', (await timed(move(MOVES))) / MOVES, 'ms');

  const b = newDevice();
  figure(
    'fresh_client_first_merge_ms',
    await timed(async () => {
      Y.applyUpdate(b.doc, update);
      await mirror(b, productId);
    }),
    'ms',
  );
  await exchange(a, b);

  const edits = 50;
  const total = await timed(async () => {
    for (let i = 0; i < edits; i++) {
      await a.repos.requirements.updateRequirement(rows[i]!.id, { title: `Edited ${i}` });
      await exchange(a, b);
    }
  });
  figure('remote_edit_to_dexie_ms', total / edits, 'ms');
});
