// Every synced product of this device, connected while the app is open. The
// connection (yjs, the provider) and the mirror load on the first connect, not with this module.
import { create } from 'zustand';
import { readInvitation, type SyncTarget } from '../domain/sync/shareLink';
import { useViewOnly } from '../state/viewOnly';
import { watchPresence } from './presence';
import { forgetSyncTarget, loadSyncTargets, storeSyncTarget } from './config';
import type { SyncConnection, SyncStatus } from './connection';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

interface SyncSessionState {
  targets: SyncTarget[];
  /** Per product id; absent until its connection has loaded. */
  statuses: Record<string, SyncStatus>;
}

export const useSyncSession = create<SyncSessionState>(() => ({ targets: loadSyncTargets(), statuses: {} }));

const connections = new Map<string, Promise<SyncConnection>>();
/** Per product: stops sharing and hearing presence. */
const presence = new Map<string, () => void>();

/**
 * A viewer's token makes the product view only from the first moment, offline too (the server
 * would drop the changes anyway); the server's read-only answer settles it for any other token.
 */
function setViewOnly(productId: string, viewOnly: boolean): void {
  const next = { ...useViewOnly.getState() };
  if (viewOnly) next[productId] = true;
  else delete next[productId];
  useViewOnly.setState(next, true);
}

function setStatus(productId: string, status: SyncStatus | undefined): void {
  useSyncSession.setState((s) => {
    const statuses = { ...s.statuses };
    if (status) statuses[productId] = status;
    else delete statuses[productId];
    return { statuses };
  });
}

function open(target: SyncTarget): Promise<SyncConnection> {
  const viewer = readInvitation(target.token).role === 'viewer';
  setViewOnly(target.productId, viewer);
  const connecting = Promise.all([import('./connection'), import('./attachMirror')]).then(
    ([{ connectProduct }, { attachMirror }]) => {
      const connection = connectProduct(target, { attach: (doc) => attachMirror(doc, target.productId) });
      setStatus(target.productId, connection.status.getState());
      if (connection.awareness && connections.get(target.productId) === connecting)
        presence.set(target.productId, watchPresence(target.productId, connection.awareness));
      connection.status.subscribe((status) => {
        if (connections.get(target.productId) !== connecting) return;
        setStatus(target.productId, status);
        if (status.state === 'synced') setViewOnly(target.productId, viewer || status.readOnly);
      });
      return connection;
    },
  );
  connections.set(target.productId, connecting);
  return connecting;
}

async function close(productId: string, forgetLocalCopy: boolean): Promise<void> {
  const connection = connections.get(productId);
  connections.delete(productId);
  presence.get(productId)?.();
  presence.delete(productId);
  setStatus(productId, undefined);
  setViewOnly(productId, false);
  const live = await connection;
  await (forgetLocalCopy ? live?.forgetLocalCopy() : live?.stop());
}

/** Connects every product set up on this device that is not connected yet. */
export function resumeSync(): void {
  for (const target of useSyncSession.getState().targets) if (!connections.has(target.productId)) void open(target);
}

/** Stores the product's server and token and connects with them (replacing an earlier set-up). */
export async function joinSync(target: SyncTarget): Promise<void> {
  await close(target.productId, false);
  useSyncSession.setState({ targets: storeSyncTarget(target) });
  await open(target);
}

/** Stops syncing a product on this device. Its requirements and stages stay; only the doc's local copy goes. */
export async function leaveSync(productId: string): Promise<void> {
  useSyncSession.setState({ targets: forgetSyncTarget(productId) });
  await close(productId, true);
}
