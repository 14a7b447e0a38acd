import { describe, expect, it } from 'vitest';
import { checkWebUrl, isWebUrl } from './url';

describe('checkWebUrl', () => {
  it('accepts http and https addresses, trimmed', () => {
    expect(checkWebUrl(' https://example.com/ticket/42 ')).toEqual({ ok: true, url: 'https://example.com/ticket/42' });
    expect(checkWebUrl('http://intranet.local:8080/a?b=c#d')).toEqual({
      ok: true,
      url: 'http://intranet.local:8080/a?b=c#d',
    });
  });

  it('treats a blank field as no URL', () => {
    expect(checkWebUrl('   ')).toEqual({ ok: true, url: null });
  });

  it('refuses script, file and mail schemes, relative paths and words', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'data:text/html,hi',
      '/relative',
      'example.com',
      'not a url',
      'https://',
    ]) {
      expect(checkWebUrl(bad), bad).toEqual({ ok: false });
    }
  });

  it('isWebUrl only lets through stored http(s) addresses', () => {
    expect(isWebUrl('https://a.example')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
