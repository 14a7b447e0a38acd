// The key that signs invitations: SYNC_SECRET when set, else one generated into
// the data folder on first start so invitations survive a restart.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'secret';
/** HS256 wants at least 256 bits of key. */
const MIN_BYTES = 32;

export function loadSecret(dataDir: string, fromEnv: string | undefined): Uint8Array {
  if (fromEnv !== undefined && fromEnv !== '') {
    const key = new TextEncoder().encode(fromEnv);
    if (key.length < MIN_BYTES)
      throw new Error(`SYNC_SECRET is ${key.length} bytes; it must be at least ${MIN_BYTES}.`);
    return key;
  }
  const path = join(dataDir, FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(MIN_BYTES * 2);
  // 'wx': two servers starting on one folder must not each write their own key.
  writeFileSync(path, key, { mode: 0o600, flag: 'wx' });
  return new Uint8Array(key);
}
