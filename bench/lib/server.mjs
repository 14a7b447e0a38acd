// Builds the app into dist-bench/ and serves it with `vite preview` on a fixed port.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @param {string} msg */
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

/** The vite CLI of the project, run with this Node (no npx resolution, no shell). */
function viteBin() {
  return join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
}

/**
 * Runs a command, its output going to stderr (stdout is for JSON lines only).
 * @param {string[]} args
 * @param {string} cwd
 */
function run(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(process.stderr, { end: false });
    child.stderr.pipe(process.stderr, { end: false });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve(undefined) : reject(new Error(`${args.slice(1).join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * @param {string} root project root
 * @param {string} outDir relative to root
 */
export async function build(root, outDir) {
  log(`building into ${outDir}/ …`);
  // Hidden source maps: the .js files are byte-for-byte what `vite build` ships (no sourceMappingURL
  // comment), and BENCH_PROFILE can map profiles back to sources.
  // BENCH_DEV=1: React's development build, unminified, for readable stacks when hunting a crash (not for figures).
  const dev = process.env.BENCH_DEV ? ['--mode', 'development', '--minify', 'false'] : [];
  await run(
    [viteBin(), 'build', ...dev, '--outDir', outDir, '--emptyOutDir', '--sourcemap', 'hidden', '--logLevel', 'warn'],
    root,
  );
}

/**
 * Starts `vite preview` in its own process group and waits until it answers.
 * `stop()` kills the whole group; it is safe to call more than once, and it is
 * also called on process exit.
 * @param {{ root: string, outDir: string, port: number, host?: string }} opts
 */
export async function startPreview({ root, outDir, port, host = '127.0.0.1' }) {
  // Refuse to measure someone else's server that happens to hold the port.
  await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (/** @type {any} */ e) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use` : String(e))),
    );
    probe.listen(port, host, () => probe.close(resolve));
  });
  const child = spawn(
    process.execPath,
    [viteBin(), 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', host],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (b) => (output += b));
  child.stderr.on('data', (b) => (output += b));
  let exited = /** @type {null | string} */ (null);
  child.on('exit', (code, signal) => (exited = String(code ?? signal)));

  let stopped = false;
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (exited !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
    log('preview server stopped');
  }

  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`vite preview exited (${exited}) before serving ${url}:\n${output.trim()}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`preview server on ${url} (pid ${child.pid})`);
  return { url, stop, pid: child.pid };
}
