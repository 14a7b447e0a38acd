import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('picks the largest unit that keeps the number at least 1', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1_234, 'en')).toBe('1.2 kB');
    expect(formatBytes(56_700_000, 'en')).toBe('57 MB');
    expect(formatBytes(3_450_000_000, 'en')).toBe('3.5 GB');
  });

  it('stays in gigabytes for very large quotas and never shows a negative size', () => {
    expect(formatBytes(2_000_000_000_000, 'en')).toBe('2,000 GB');
    expect(formatBytes(-5, 'en')).toBe('0 byte');
  });

  it('writes numbers the way the UI language does', () => {
    expect(formatBytes(1_500_000, 'zh-CN')).toMatch(/^1\.5\s?(MB|兆字节)$/);
  });
});
