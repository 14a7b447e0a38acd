import { beforeAll, describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { ensureLocale, translate } from '../i18n/translate';
import { describeError } from './describeError';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', key, params);

beforeAll(() => ensureLocale('zh-CN'));

describe('describeError for storage failures', () => {
  it('tells the person the disk is full and what to do, in their language', () => {
    const full = new CairnWriteError('storageFull', 'QuotaExceededError: quota');
    expect(describeError(full, en)).toMatch(/storage is full.*export a backup.*free disk space/i);
    expect(describeError(full, zh)).toContain('存储空间已满');
  });

  it('asks to reload when a newer tab took the database, and to close old tabs when one blocks it', () => {
    expect(describeError(new CairnWriteError('databaseOutdated', 'DatabaseClosedError'), en)).toMatch(
      /Reload this tab/,
    );
    expect(describeError(new CairnWriteError('databaseBlocked', 'blocked'), en)).toMatch(/^Close other Cairn tabs/);
  });
});

describe('describeError for a WIP hard limit', () => {
  it('names the limit and says nothing was written, in both languages (an import into a full stage shows this)', () => {
    const blocked = new CairnWriteError('wipBlocked', 'Stage is at its WIP limit of 3', { limit: 3 });
    expect(describeError(blocked, en)).toMatch(/WIP limit of 3, so nothing was written/);
    expect(describeError(blocked, zh)).toContain('上限 3');
  });
});

describe('describeError for a strict stage gate', () => {
  it('names the card and each missing item, rules in the user language and manual items as typed', async () => {
    await import('../i18n/gateMessages');
    const blocked = new CairnWriteError('gateBlocked', 'x', {
      title: 'Offline pass',
      missing: 'rule:owner\nProblem statement written',
    });
    expect(describeError(blocked, en)).toBe(
      '“Offline pass” cannot leave its stage yet. Missing: Owner assigned, Problem statement written.',
    );
    expect(describeError(blocked, zh)).toBe(
      '「Offline pass」还不能离开当前阶段。缺少：已指定负责人, Problem statement written。',
    );
  });
});
