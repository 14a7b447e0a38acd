// One product's live sync: its Y.Doc (kept in IndexedDB by y-indexeddb), the
// Hocuspocus provider, and a status store the header reads. Loaded only when
// sync is set up: nothing here is part of the start-up bundle.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { productDocumentName, REFUSAL_REASONS, type RefusalReason, type SyncTarget } from '../domain/sync/shareLink';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export type SyncStatus =
  /** Connected, everything sent is on the server and everything there is here. */
  | { state: 'synced'; readOnly: boolean }
  /** Connecting, or changes still on their way; `pending` counts local changes not yet acknowledged. */
  | { state: 'syncing'; pending: number }
  /** The server cannot be reached; local changes wait and are sent on reconnect. */
  | { state: 'offline'; pending: number }
  /** The server said no; `reason` is its code, or 'unknown' for one this app does not know. */
  | { state: 'refused'; reason: RefusalReason | 'unknown' };

export interface SyncConnection {
  readonly doc: Y.Doc;
  /** Who else is here (Yjs awareness through the provider): presence. */
  readonly awareness: Awareness | null;
  readonly status: StoreApi<SyncStatus>;
  /** Disconnects and detaches; the doc's local copy stays. */
  stop(): Promise<void>;
  /** Stops and deletes the doc's local copy (Leave sync; the board's own data stays). */
  forgetLocalCopy(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * Called once the local copy is loaded, before the first exchange with the server; for a doc
   * that has never synced, after the server's first answer.
   */
  attach: (doc: Y.Doc) => { stop(): void };
  /** Node has no WebSocket before v22: tests pass the `ws` package. */
  WebSocketPolyfill?: unknown;
  /** Keep the doc in IndexedDB; off only where there is none. */
  persistLocally?: boolean;
}

/** The IndexedDB database holding one product's Y.Doc. */
export function localDocName(productId: string): string {
  return `cairn-sync:${productId}`;
}

function knownReason(reason: string): RefusalReason | 'unknown' {
  return (REFUSAL_REASONS as readonly string[]).includes(reason) ? (reason as RefusalReason) : 'unknown';
}

export function connectProduct(target: SyncTarget, options: ConnectOptions): SyncConnection {
  const doc = new Y.Doc();
  const status = createStore<SyncStatus>(() => ({ state: 'syncing', pending: 0 }));
  const local = options.persistLocally === false ? null : new IndexeddbPersistence(localDocName(target.productId), doc);
  const socket = new HocuspocusProviderWebsocket({
    url: target.serverUrl,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: productDocumentName(target.productId),
    document: doc,
    token: target.token,
  });

  let refusal: RefusalReason | 'unknown' | null = null;
  let lostConnection = false;
  // The socket notices a lost network only at its next missed ping; the browser knows at once.
  let networkDown = typeof navigator !== 'undefined' && navigator.onLine === false;
  const update = () => {
    const pending = provider.unsyncedChanges;
    const readOnly = provider.authorizedScope === 'readonly';
    const connected = socket.status === WebSocketStatus.Connected;
    status.setState(
      refusal
        ? { state: 'refused', reason: refusal }
        : networkDown || (!connected && lostConnection)
          ? { state: 'offline', pending }
          : connected && provider.isSynced && (pending === 0 || readOnly)
            ? { state: 'synced', readOnly }
            : { state: 'syncing', pending },
      true,
    );
  };
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    refusal = knownReason(reason);
    update();
  });
  // The socket's own events: the provider forwards them only while attached.
  socket.on('status', ({ status: socketStatus }: { status: WebSocketStatus }) => {
    if (socketStatus === WebSocketStatus.Disconnected) lostConnection = true;
    if (socketStatus === WebSocketStatus.Connected) lostConnection = false;
    update();
  });
  // Before the status listeners: whoever sees "synced" finds the mirror attached.
  provider.on('synced', ({ state }: { state: boolean }) => {
    if (!state || !awaitingFirstSync) return;
    awaitingFirstSync = false;
    attach();
  });
  for (const event of ['synced', 'unsyncedChanges', 'authenticated']) provider.on(event, update);

  const onNetworkChange = () => {
    networkDown = navigator.onLine === false;
    update();
  };
  globalThis.addEventListener?.('online', onNetworkChange);
  globalThis.addEventListener?.('offline', onNetworkChange);

  let stopped = false;
  let mirror: { stop(): void } | null = null;
  let awaitingFirstSync = false;
  const attach = () => {
    if (!stopped) mirror = options.attach(doc);
  };
  // Attached once the local copy is in, before the server's answer, so edits made offline merge
  // from the start. A doc that has never synced waits for the server's copy instead: seeding
  // an empty doc the server then fills would pit two copies of every row against each other.
  void (local?.whenSynced ?? Promise.resolve()).then(() => {
    if (stopped) return;
    // Another tab left sync and deletes the local copy: the browser closes this tab's connection,
    // and y-indexeddb would throw on every later change. Stop keeping it here; the server still has it.
    local?.db?.addEventListener('versionchange', () => void local.destroy());
    if (doc.store.clients.size === 0) awaitingFirstSync = true;
    else attach();
    provider.attach();
  });

  const stop = async (clearLocalCopy: boolean) => {
    if (stopped) return;
    stopped = true;
    globalThis.removeEventListener?.('online', onNetworkChange);
    globalThis.removeEventListener?.('offline', onNetworkChange);
    // Not waiting for the local copy's load: it never settles when the database cannot be read
    // (whenSynced has no failure), and once stopped the load attaches and connects nothing.
    mirror?.stop();
    provider.destroy();
    socket.destroy();
    // A database that never opened has nothing to close.
    await local?.destroy().catch(() => {});
    // Not clearData(): it returns before the deletion is done, so a connection opened right after
    // (joining again) could still read the old copy, and a caller could not tell when it has gone.
    if (clearLocalCopy && local) await clearDocument(local.name);
  };
  return {
    doc,
    status,
    awareness: provider.awareness,
    stop: () => stop(false),
    forgetLocalCopy: () => stop(true),
  };
}
