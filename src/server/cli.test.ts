import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseShareLink } from '../domain/sync/shareLink';
import { inviteLink } from './invite';
import { DEFAULT_DATA_DIR, DEFAULT_PORT, readOptions } from './options';
import { loadSecret } from './secret';
import { roleFor } from './tokens';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cairn-sync-cli-'));
  folders.push(folder);
  return folder;
}

describe('npm run sync-server options', () => {
  it('defaults to port 1234 and ./.cairn-sync, and takes flags before the environment', () => {
    expect(readOptions([], {})).toMatchObject({ port: DEFAULT_PORT, dataDir: DEFAULT_DATA_DIR, invite: undefined });
    expect(readOptions([], { SYNC_PORT: '4100', SYNC_DATA: '/srv/sync' })).toMatchObject({
      port: 4100,
      dataDir: '/srv/sync',
    });
    expect(readOptions(['--port', '4200'], { SYNC_PORT: '4100' }).port).toBe(4200);
  });

  it('names each bad flag and changes nothing', () => {
    expect(() => readOptions(['--port', 'http'], {})).toThrow(/--port/);
    expect(() => readOptions(['--invite', 'p-1', '--role', 'owner'], {})).toThrow(/--role: must be editor or viewer/);
    expect(() => readOptions(['--colour'], {})).toThrow(/--colour/);
  });
});

describe('the signing key', () => {
  it('is generated into the data folder once and read back after a restart', () => {
    const folder = tempFolder();
    const first = loadSecret(folder, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadSecret(folder, undefined)).toEqual(first);
    expect(new Uint8Array(readFileSync(join(folder, 'secret')))).toEqual(first);
  });

  it('refuses a SYNC_SECRET too short for HS256', () => {
    expect(() => loadSecret(tempFolder(), 'short')).toThrow('SYNC_SECRET is 5 bytes; it must be at least 32.');
  });
});

describe('--invite', () => {
  it('prints a link the app reads, whose token opens that product with that role and no other', async () => {
    const secret = loadSecret(tempFolder(), undefined);
    const link = await inviteLink(secret, {
      productId: 'p-1',
      role: 'viewer',
      days: 30,
      appUrl: 'https://cairn.example.test/',
      serverUrl: 'wss://sync.example.test',
    });
    expect(link).toMatch(/^https:\/\/cairn\.example\.test\/#sync=/);
    const parsed = parseShareLink(link);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.target).toMatchObject({ productId: 'p-1', serverUrl: 'wss://sync.example.test' });
    expect(await roleFor(secret, parsed.target.token, 'p-1')).toBe('viewer');
    await expect(roleFor(secret, parsed.target.token, 'p-2')).rejects.toMatchObject({ reason: 'product-not-allowed' });
  });
});
