import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';
import { detectLocale, translate } from './translate';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate('en', 'board.column.wip', { count: 3, limit: 5 })).toBe('3 of 5');
    expect(translate('zh-CN', 'stage.inbox')).toBe('需求收集');
  });

  it('uses the same parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zhCN[key]), key).toEqual(params(en[key]));
    }
  });
});

describe('detectLocale', () => {
  it('picks zh-CN for Chinese browsers, including zh-TW and zh-Hans', () => {
    expect(detectLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(['zh-Hans-CN'])).toBe('zh-CN');
  });

  it('falls back to English', () => {
    expect(detectLocale(['fr-FR', 'de'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});
