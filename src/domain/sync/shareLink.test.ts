import { describe, expect, it } from 'vitest';
import { base64url } from 'jose';
import { parseShareLink, productDocumentName, productIdOfDocument, shareLinkHash } from './shareLink';

const target = { serverUrl: 'wss://sync.example.test', productId: 'p-1', token: 'header.payload.signature' };
const hashOf = (payload: unknown) => `#sync=${base64url.encode(JSON.stringify(payload))}`;

describe('share links', () => {
  it('round-trips a target through a whole link', () => {
    expect(parseShareLink(`https://cairn.example.test/${shareLinkHash(target)}`)).toEqual({ ok: true, target });
  });

  it.each([
    ['text without #sync=', 'https://cairn.example.test/#/board', 'noSyncPart'],
    ['a #sync= part that is not base64url JSON', '#sync=%%%not-base64', 'notDecodable'],
    ['JSON without the token', hashOf({ v: 1, server: 'ws://localhost:1234', product: 'p-1' }), 'wrongShape'],
    [
      'an http server address',
      hashOf({ v: 1, server: 'http://localhost:1234', product: 'p-1', token: 't' }),
      'badServerUrl',
    ],
    ['an empty product', hashOf({ v: 1, server: 'ws://localhost:1234', product: ' ', token: 't' }), 'badProduct'],
    ['an empty token', hashOf({ v: 1, server: 'ws://localhost:1234', product: 'p-1', token: '' }), 'badToken'],
  ])('names the problem with %s', (_name, text, problem) => {
    expect(parseShareLink(text)).toEqual({ ok: false, problem });
  });

  it('names one document per product and reads the product back', () => {
    expect(productDocumentName('p-1')).toBe('cairn:product:p-1');
    expect(productIdOfDocument('cairn:product:p-1')).toBe('p-1');
    expect(productIdOfDocument('cairn:product:')).toBeNull();
    expect(productIdOfDocument('other:p-1')).toBeNull();
  });
});
