import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, normaliseLinkUrl } from './links';

describe('normaliseLinkUrl', () => {
  it('accepts http, https and mailto addresses as typed', () => {
    expect(normaliseLinkUrl('https://example.com/prd?id=1#top')).toBe('https://example.com/prd?id=1#top');
    expect(normaliseLinkUrl('  http://intranet.local:8080/figma ')).toBe('http://intranet.local:8080/figma');
    expect(normaliseLinkUrl('mailto:pm@example.com')).toBe('mailto:pm@example.com');
  });

  it('reads a bare host as https, as an address bar would', () => {
    expect(normaliseLinkUrl('figma.com/file/abc')).toBe('https://figma.com/file/abc');
  });

  it('refuses javascript:, data:, file: and other schemes, in any case and with tricks', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'vbscript:x',
      'ftp://example.com',
    ]) {
      expect(normaliseLinkUrl(url), url).toBeNull();
      expect(isSafeLinkUrl(url), url).toBe(false);
    }
  });

  it('refuses what is not an address at all', () => {
    for (const url of ['', '   ', 'not a link', '/relative/path', 'https://', 'mailto:', 'http://exa mple.com'])
      expect(normaliseLinkUrl(url), url).toBeNull();
  });
});
