import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { checkedRow } from './checkedRow';
import { assertFound, assertLive, checkVersion, newEvent } from './writePath';
import { testEnv } from './testing/testDb';

describe('the shared write steps', () => {
  it('checkVersion refuses a replay when the row moved on, and lets a write without a guard through', () => {
    expect(() => checkVersion({ version: 3 }, { ifVersion: 2 }, 'Card', 'Card changed since')).toThrow(
      expect.objectContaining({ code: 'stale', details: { title: 'Card' } }),
    );
    expect(() => checkVersion({ version: 3 }, { ifVersion: 3 }, 'Card', 'x')).not.toThrow();
    expect(() => checkVersion({ version: 3 }, undefined, 'Card', 'x')).not.toThrow();
  });

  it('checkedRow names the row and every bad field, and returns the parsed row', () => {
    const schema = z.object({ name: z.string().check(z.minLength(1)), size: z.number() });
    expect(checkedRow(schema, { name: 'a', size: 1 })).toEqual({ name: 'a', size: 1 });
    expect(() => checkedRow(schema, { name: '', size: 'big' }, 'tag x')).toThrow(/^tag x: name: .+; size: /);
    expect(() => checkedRow(schema, { name: '', size: 1 })).toThrow(expect.objectContaining({ code: 'invalidInput' }));
  });

  it('newEvent stamps the write time it is given, else the clock', () => {
    const env = testEnv();
    expect(newEvent(env, 'p', 'e', 'view.saved', { name: 'n' }, '2026-01-01T00:00:00.000Z').at).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(newEvent(env, 'p', 'e', 'view.saved', {})).toMatchObject({
      productId: 'p',
      entityId: 'e',
      type: 'view.saved',
    });
  });

  it('assertLive refuses a missing row, a deleted flag and a deleted requirement state with notFound; assertFound only a missing row', () => {
    const notFound = expect.objectContaining({ code: 'notFound', message: 'Row x does not exist' });
    expect(() => assertLive(undefined, 'Row x does not exist')).toThrow(notFound);
    expect(() => assertLive({ deleted: true }, 'Row x does not exist')).toThrow(notFound);
    expect(() => assertLive({ state: 'deleted' }, 'Row x does not exist')).toThrow(notFound);
    expect(() => assertLive({ deleted: false, state: 'active' }, 'Row x does not exist')).not.toThrow();
    expect(() => assertFound(undefined, 'Row x does not exist')).toThrow(notFound);
    expect(() => assertFound({ deleted: true }, 'Row x does not exist')).not.toThrow();
  });
});
