import { beforeAll, describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { ensureLocale, translate } from '../i18n/translate';
import { describeError } from './describeError';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('zh-CN', key, params);

beforeAll(() => ensureLocale('zh-CN'));

describe('describeError for storage failures', () => {
  it('tells the person the disk is full and what to do, in their language', () => {
    const full = new CairnWriteError('storageFull', 'QuotaExceededError: quota');
    expect(describeError(full, en)).toMatch(/storage is full.*export a backup.*free disk space/i);
    expect(describeError(full, zh)).toContain('存储空间已满');
  });

  it('asks to reload when a newer tab took the database, and to close old tabs when one blocks it', () => {
    expect(describeError(new CairnWriteError('databaseOutdated', 'DatabaseClosedError'), en)).toMatch(/Reload this tab/);
    expect(describeError(new CairnWriteError('databaseBlocked', 'blocked'), en)).toMatch(/^Close other Cairn tabs/);
  });

});
