// `npm run bench:sync`: team sync under load on loopback, the real server and Node clients
// (src/server/testing/harness.ts). Clients edit one product at once with random disconnects,
// then every client and a fresh one must hold the same data. Prints JSON lines like `npm run bench`.
// Env: SYNC_LOAD_CLIENTS (20), SYNC_LOAD_EDITS (500 per client), SYNC_FIRST_SYNC_SIZE (10000).
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import {
  connectTestClient,
  startTestServer,
  whenAcknowledged,
  type TestClient,
} from '../../src/server/testing/harness';

const CLIENTS = Number(process.env.SYNC_LOAD_CLIENTS ?? 20);
const EDITS = Number(process.env.SYNC_LOAD_EDITS ?? 500);
const FIRST_SYNC_SIZE = Number(process.env.SYNC_FIRST_SYNC_SIZE ?? 10_000);
/** Each edit has this chance of dropping the client's connection for 20–200 ms. */
const DISCONNECT_CHANCE = 0.01;
/** The whole run gives up after this long: a bench that hangs measures nothing. */
const DEADLINE_MS = 240_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const print = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench: 'sync-load', name, value: Math.round(value * 10) / 10, unit }));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  const until = performance.now() + DEADLINE_MS;
  while (!check()) {
    if (performance.now() > until) throw new Error(`sync load bench: timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** One client's edit loop: each edit is a requirement-like row whose `sentAt` the others time. */
async function editLoop(client: TestClient, index: number, sentAt: Map<string, number>): Promise<void> {
  const rows = client.doc.getMap<Y.Map<unknown>>('requirements');
  for (let k = 0; k < EDITS; k++) {
    const id = `c${index}-${k}`;
    const row = new Y.Map<unknown>();
    row.set('title', `Edit ${k} by client ${index}`);
    row.set('position', { stageId: `stage-${k % 7}`, rank: `a${k}` });
    sentAt.set(id, performance.now());
    rows.set(id, row);
    if (Math.random() < DISCONNECT_CHANCE) {
      client.provider.configuration.websocketProvider.disconnect();
      await sleep(20 + Math.random() * 180);
      void client.provider.configuration.websocketProvider.connect();
    } else await sleep(Math.random() * 4);
  }
}

async function loadRun(): Promise<void> {
  const server = await startTestServer();
  const productId = 'load';
  const token = await server.token([productId], 'editor');
  const clients = Array.from({ length: CLIENTS }, () => connectTestClient(server.url, productId, token));
  await Promise.all(clients.map((c) => c.synced));

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  clients.forEach((client) => {
    client.doc.getMap('requirements').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const sent = sentAt.get(key);
        if (sent !== undefined) latencies.push(now - sent);
      }
    });
  });

  const started = performance.now();
  await Promise.all(clients.map((client, index) => editLoop(client, index, sentAt)));
  const editsDone = performance.now();
  const total = CLIENTS * EDITS;
  await waitUntil(
    () => clients.every((c) => c.doc.getMap('requirements').size === total),
    'every client to hold every edit',
  );
  await Promise.all(clients.map((c) => whenAcknowledged(c.provider)));
  const converged = performance.now();

  const fresh = connectTestClient(server.url, productId, token);
  await fresh.synced;
  const state = (doc: Y.Doc) =>
    JSON.stringify(doc.getMap('requirements').toJSON(), Object.keys(doc.getMap('requirements').toJSON()).sort());
  const reference = state(fresh.doc);
  const identical = clients.every((c) => state(c.doc) === reference) && fresh.doc.getMap('requirements').size === total;

  latencies.sort((a, b) => a - b);
  print('clients', CLIENTS, 'clients');
  print('edits', total, 'edits');
  print('edits per second', total / ((editsDone - started) / 1000), 'edits/s');
  print('edit reaches another client p50', percentile(latencies, 0.5), 'ms');
  print('edit reaches another client p95', percentile(latencies, 0.95), 'ms');
  print('convergence after the last edit', converged - editsDone, 'ms');
  print('identical on every client and a fresh one', identical ? 1 : 0, 'bool');
  // Server and clients share this process: heap and RSS cover both (an upper bound for the server).
  print('process heap after the run (server + clients)', process.memoryUsage().heapUsed / 2 ** 20, 'MiB');
  print('process rss after the run (server + clients)', process.memoryUsage().rss / 2 ** 20, 'MiB');
  for (const c of [...clients, fresh]) c.destroy();
  await server.stop();
  server.cleanUp();
  if (!identical) throw new Error('sync load bench: the clients did not converge to identical data');
}

async function firstSyncRun(): Promise<void> {
  const server = await startTestServer();
  const productId = 'big';
  const token = await server.token([productId], 'editor');
  const seeder = connectTestClient(server.url, productId, token);
  await seeder.synced;
  seeder.doc.transact(() => {
    const rows = seeder.doc.getMap<Y.Map<unknown>>('requirements');
    for (let i = 0; i < FIRST_SYNC_SIZE; i++) {
      const row = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({
        id: `r${i}`,
        productId,
        title: `Requirement ${i} with a title of ordinary length`,
        description: 'Why it matters, in a sentence or two of plain text.',
        state: 'active',
        type: 'feature',
        priority: 'P2',
        tags: ['growth'],
        position: { stageId: `stage-${i % 7}`, rank: `a${i}` },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        version: 1,
      }))
        row.set(key, value);
      rows.set(`r${i}`, row);
    }
  });
  await whenAcknowledged(seeder.provider);
  const started = performance.now();
  const fresh = connectTestClient(server.url, productId, token);
  await fresh.synced;
  const synced = performance.now();
  if (fresh.doc.getMap('requirements').size !== FIRST_SYNC_SIZE) throw new Error('first sync: rows missing');
  print(`first sync of a ${FIRST_SYNC_SIZE}-requirement product (doc only)`, synced - started, 'ms');
  print('its update size', Y.encodeStateAsUpdate(fresh.doc).byteLength / 2 ** 10, 'KiB');
  seeder.destroy();
  fresh.destroy();
  await server.stop();
  server.cleanUp();
}

const timer = setTimeout(() => {
  console.error('sync load bench: over the deadline');
  process.exit(1);
}, DEADLINE_MS + 30_000);
loadRun()
  .then(firstSyncRun)
  .then(
    () => {
      clearTimeout(timer);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
