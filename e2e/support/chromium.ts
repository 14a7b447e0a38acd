import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const INSTALL_HINT =
  "install Debian's Chromium with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary";

/**
 * Flags for headless Debian Chromium in a container, shared with `npm run bench`
 * (plain JS, hence JSON): no sandbox without user namespaces, no GPU, nothing
 * that phones home mid-test.
 */
export const CHROMIUM_ARGS: string[] = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);

/** The Chromium binary Playwright launches: CHROMIUM_PATH if set, else Debian's. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM_PATH;
}

function hasAptGet(): boolean {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of a Chromium binary, installing Debian's `chromium` with
 * apt-get when it is missing and we run as root. Throws with instructions
 * otherwise.
 */
export function ensureChromium(): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;

  const customPath = Boolean(process.env.CHROMIUM_PATH?.trim());
  const isRoot = process.getuid?.() === 0;
  if (!customPath && isRoot && hasAptGet()) {
    console.log(`[e2e] Chromium not found at ${path}; installing Debian's chromium with apt-get…`);
    execSync('apt-get update && apt-get install -y chromium', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }

  throw new Error(`Chromium not found at ${path}: ${INSTALL_HINT}.`);
}
