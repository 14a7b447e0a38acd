// Hocuspocus with SQLite persistence and invitation tokens: one Y.Doc per product.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { productIdOfDocument } from '../domain/sync/shareLink';
import { roleFor, SyncRefusal } from './tokens';

export interface SyncServerOptions {
  port: number;
  host: string;
  dataDir: string;
  secret: Uint8Array;
  /** Hocuspocus's start banner; off in tests. */
  quiet?: boolean;
}

export interface RunningSyncServer {
  /** The actual port (0 asks the system for a free one). */
  port: number;
  /** ws://host:port, what a share link carries. */
  url: string;
  /** Closes every connection and writes every open document before resolving. */
  stop(): Promise<void>;
}

export const DATABASE_FILE = 'cairn-sync.sqlite';

/**
 * The extension starts its CREATE TABLE without waiting for it: a client that loads a document
 * before the table exists gets "no such table" and never syncs (seen on a busy machine right after
 * a start). `tableReady` settles once the table is there; the server listens only then.
 */
class SQLiteWithTable extends SQLite {
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  readonly tableReady = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    // Run again with a callback: IF NOT EXISTS, and one connection runs them in turn.
    this.db?.run(this.configuration.schema, (error: Error | null) =>
      error ? this.settle?.reject(error) : this.settle?.resolve(),
    );
    await this.tableReady;
  }
}

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const sqlite = new SQLiteWithTable({ database: join(options.dataDir, DATABASE_FILE) });
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: options.quiet ?? false,
    // The CLI handles signals itself, so a stop writes the documents first.
    stopOnSignals: false,
    extensions: [sqlite],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const productId = productIdOfDocument(documentName);
      if (!productId) throw new SyncRefusal('unknown-document');
      const role = await roleFor(options.secret, token, productId);
      // Hocuspocus drops every document update from a read-only connection.
      connectionConfig.readOnly = role === 'viewer';
      return { role, productId };
    },
  });
  await sqlite.tableReady;
  await server.listen();
  const { port } = server.address;
  return {
    port,
    url: `ws://${options.host}:${port}`,
    stop: async () => {
      await server.destroy();
      // destroy() leaves the sockets open (ws does not close its clients); a stopped server must drop them as an exited process would.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      // The extension never closes its database; a restart on the same folder must find it closed.
      await new Promise<void>((resolve, reject) =>
        sqlite.db ? sqlite.db.close((error) => (error ? reject(error) : resolve())) : resolve(),
      );
    },
  };
}
