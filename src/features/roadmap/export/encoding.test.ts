import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, sha256Base64 } from './encoding';

describe('encodings', () => {
  it('base64 matches Node for small, padded and large inputs', () => {
    for (const length of [0, 1, 2, 3, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('SHA-256 of UTF-8 text matches Node, Chinese included', async () => {
    for (const text of ['', 'abc', '路线图 roadmap']) {
      expect(await sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });
});
