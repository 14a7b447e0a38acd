import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64, sha256Base64 } from './sha256';

describe('sha256Base64', () => {
  it('matches Node for empty, short, multi-block and Chinese input', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(1000), '路线图 roadmap ✓']) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });

  it('base64-encodes with padding', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 254, 253, 0]]) {
      expect(base64(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
