// Who "me" is on this device, per product (members belong to one product): the
// My work shortcut filters the board to them. A device setting, never synced or exported.
import { z } from 'zod/mini';
import { loadStored, saveStored } from './persist';

const KEY = 'cairn.me.v1';
const meSchema = z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1)));

/** The member this device is in the product, or null when not chosen (or the stored value is unreadable). */
export function meIn(productId: string): string | null {
  return loadStored(KEY, meSchema)?.[productId] ?? null;
}

export function setMe(productId: string, memberId: string | null): void {
  const all = { ...loadStored(KEY, meSchema) };
  if (memberId === null) delete all[productId];
  else all[productId] = memberId;
  saveStored(KEY, all);
}
