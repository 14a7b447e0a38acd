import { describe, expect, it } from 'vitest';
import { shareLinkHash } from '../../domain/sync/shareLink';
import { decideConnect } from './connectForm';

const none = { link: '', serverUrl: '', token: '' };

describe('Settings → Sync: Connect', () => {
  it('takes a pasted link for the product it names, whatever is on screen', () => {
    const target = { serverUrl: 'ws://localhost:1234', productId: 'p-shared', token: 'a.b.c' };
    expect(decideConnect({ ...none, link: `http://localhost:4173/${shareLinkHash(target)}` }, 'p-mine')).toEqual({
      ok: true,
      target,
    });
  });

  it('says what is wrong with a bad link', () => {
    expect(decideConnect({ ...none, link: 'http://localhost:4173/#/board' }, 'p-mine')).toEqual({
      ok: false,
      field: 'link',
      message: 'sync.link.noSyncPart',
    });
  });

  it('connects the product on screen with a server and token typed in', () => {
    expect(decideConnect({ link: '', serverUrl: ' ws://host:1234 ', token: 'a.b.c' }, 'p-mine')).toEqual({
      ok: true,
      target: { serverUrl: 'ws://host:1234', productId: 'p-mine', token: 'a.b.c' },
    });
  });

  it.each([
    [{ serverUrl: 'https://host', token: 'a.b.c' }, 'serverUrl', 'sync.settings.needServer'],
    [{ serverUrl: 'ws://host:1234', token: ' ' }, 'token', 'sync.settings.needToken'],
    [{}, 'link', 'sync.settings.needInput'],
  ])('names the missing piece (%o)', (typed, field, message) => {
    expect(decideConnect({ ...none, ...typed }, 'p-mine')).toEqual({ ok: false, field, message });
  });
});
