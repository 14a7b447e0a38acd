// Devices for mirror tests: each has its own fake-indexeddb database, repositories and Y.Doc.
// They are "online" only while `exchange` passes updates between their docs.
import * as Y from 'yjs';
import { openTestRepositories } from '../../../db/testing/testDb';
import type { Repositories } from '../../../db/allRepositories';
import { startMirror, type Mirror, type RejectedRow } from '../index';

export interface Device {
  repos: Repositories;
  doc: Y.Doc;
  mirror: Mirror | null;
  rejected: RejectedRow[];
  /** IndexedDB read-write transactions this device's database has run. */
  readWriteTransactions: number;
}

/** `clientId` decides which of two concurrent writes of one value wins (Yjs: the higher id); random when omitted. */
export function newDevice(clientId?: number): Device {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  const repos = openTestRepositories();
  const device: Device = { repos, doc, mirror: null, rejected: [], readWriteTransactions: 0 };
  // Counted below Dexie, so nested repository transactions count once, as IndexedDB sees them.
  repos.db.use({
    stack: 'dbcore',
    name: 'countReadWrite',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === 'readwrite') device.readWriteTransactions++;
        return down.transaction(stores, mode, options);
      },
    }),
  });
  return device;
}

export async function mirror(device: Device, productId: string): Promise<void> {
  device.mirror = startMirror(device.repos.db, device.doc, productId, { onRejected: (r) => device.rejected.push(r) });
  await device.mirror.whenIdle();
}

/** Sends each device what the others have that it lacks (as a provider would), then waits for Dexie. */
export async function exchange(...devices: Device[]): Promise<void> {
  for (const from of devices) {
    for (const to of devices) {
      if (from !== to) Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'provider');
    }
  }
  await Promise.all(devices.map((d) => d.mirror?.whenIdle()));
}

/** Two devices sharing one fresh product, both mirrored and in sync; `winner` is the one whose concurrent writes win. */
export async function sharedProduct(winner?: 'a' | 'b'): Promise<{ a: Device; b: Device; productId: string }> {
  const a = newDevice(winner === undefined ? undefined : winner === 'a' ? 2 : 1);
  const b = newDevice(winner === undefined ? undefined : winner === 'b' ? 2 : 1);
  const product = await a.repos.products.createProduct('Shared');
  await mirror(a, product.id);
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'provider');
  await mirror(b, product.id);
  return { a, b, productId: product.id };
}

export async function stageByKey(device: Device, productId: string, key: string) {
  const stage = (await device.repos.stages.listStages(productId)).find((s) => s.key === key);
  if (!stage) throw new Error(`no stage ${key}`);
  return stage;
}
