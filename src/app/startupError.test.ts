import { beforeAll, describe, expect, it } from 'vitest';
import { CairnWriteError } from '../domain/errors';
import { ensureLocale, translate } from '../i18n/translate';
import { describeStartupError } from './startupError';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', key, params);

beforeAll(() => ensureLocale('zh-CN'));

describe('describeStartupError', () => {
  it('names the cause at start-up when the browser gives Cairn no storage, and shows the raw error otherwise', () => {
    expect(describeStartupError(new CairnWriteError('storageUnavailable', 'MissingAPIError'), en)).toMatch(
      /private browsing/,
    );
    expect(describeStartupError(new Error('disk on fire'), en)).toBe(
      'Cairn cannot open its local database: Error: disk on fire. Close other Cairn tabs or leave private browsing, then reload.',
    );
  });

  it('a full disk at start-up asks for free space and a retry, not for the trash or a backup Cairn cannot reach yet', () => {
    const full = new CairnWriteError('storageFull', 'QuotaExceededError: quota');
    const english = describeStartupError(full, en);
    expect(english).toMatch(/storage is full, so Cairn could not start.*Free disk space.*Try again/);
    expect(english).not.toMatch(/trash|backup/i);
    expect(describeStartupError(full, zh)).toMatch(/存储空间已满.*重试/);
    expect(describeStartupError(full, zh)).not.toMatch(/回收站|备份/);
  });
});
