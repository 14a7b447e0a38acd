import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { meIn, setMe } from './me';

/** localStorage as the browser keeps it: strings by key (Node has none). */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, String(value)) };
}

describe('me on this device', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('remembers one member per product and forgets on null', () => {
    setMe('p1', 'ana');
    setMe('p2', 'bo');
    expect([meIn('p1'), meIn('p2'), meIn('p3')]).toEqual(['ana', 'bo', null]);
    setMe('p1', null);
    expect(meIn('p1')).toBeNull();
    expect(meIn('p2')).toBe('bo');
  });

  it('reads a tampered value as not set', () => {
    localStorage.setItem('cairn.me.v1', JSON.stringify({ p1: 42 }));
    expect(meIn('p1')).toBeNull();
  });
});
