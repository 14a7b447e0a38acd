// BENCH_SYNC=1: the team-sync server (`npm run sync-server`) on a free port with a temporary data
// folder, in its own process group, and the share link that joins a product to it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { log } from './measure.mjs';

const HOST = '127.0.0.1';

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `tsx src/server/main.ts …` with this Node: the server is TypeScript, run as `npm run sync-server` runs it. */
function serverArgs(/** @type {string} */ root, /** @type {string[]} */ flags) {
  return [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'server', 'main.ts'), ...flags];
}

/**
 * Starts the server and waits for its "Cairn sync server on …" line.
 * @param {string} root project root
 */
export async function startSyncServer(root) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cairn-sync-bench-'));
  const flags = ['--port', String(port), '--host', HOST, '--data', dataDir];
  // No SYNC_SECRET: the server keeps one in the data folder, and `--invite` reads the same one.
  const env = { ...process.env, SYNC_SECRET: '' };
  const child = spawn(process.execPath, serverArgs(root, flags), {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', killGroup);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sync server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (/** @type {Buffer} */ b) => {
      output += b;
      if (!output.includes('Cairn sync server on')) return;
      clearTimeout(timer);
      resolve(undefined);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sync server exited (${code}) before starting:\n${output}`));
    });
  });
  const url = `ws://${HOST}:${port}`;
  log(`sync server on ${url} (pid ${child.pid}, data in ${dataDir})`);

  return {
    url,
    /**
     * An editor's share link to `productId` on this server, opening the app at `appUrl`.
     * @param {string} productId
     * @param {string} appUrl
     */
    inviteLink(productId, appUrl) {
      const invite = ['--invite', productId, '--role', 'editor', '--days', '1', '--app-url', appUrl];
      const made = spawnSync(process.execPath, serverArgs(root, [...flags, ...invite, '--server-url', url]), {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      if (made.status !== 0) throw new Error(`sync-server --invite failed: ${made.stderr}`);
      return made.stdout.trim();
    },
    async stop() {
      process.off('exit', killGroup);
      if (child.exitCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM'); // the server writes every document before it exits
        const timer = setTimeout(killGroup, 10_000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      log('sync server stopped');
    },
  };
}

/**
 * Joins the product on screen to `server` through its share link, as a person does, and waits
 * until the header says synced: the first merge has sent every row to the server.
 * @param {import('playwright').Page} page
 * @param {Awaited<ReturnType<typeof startSyncServer>>} server
 * @param {string} appUrl
 */
export async function joinSync(page, server, appUrl) {
  const productId = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cairn.preferences.v1') ?? '{}').currentProductId,
  );
  if (typeof productId !== 'string') throw new Error('BENCH_SYNC: no current product in the preferences');
  const started = Date.now();
  await page.goto(server.inviteLink(productId, appUrl), { waitUntil: 'commit' });
  await page.getByRole('dialog', { name: 'Join a shared product?' }).getByRole('button', { name: 'Join' }).click();
  await page
    .locator('[data-testid="sync-status"][data-state="synced"]')
    .waitFor({ state: 'attached', timeout: 300_000 });
  log(
    `joined sync server ${server.url} with product ${productId}: synced in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
