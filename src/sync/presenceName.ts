// The name this device shows to the others in a synced product (Settings → Team sync): a device
// setting through state/persist, never part of a product's data.
import { z } from 'zod/mini';
import { loadStored, saveStored } from '../state/persist';

const KEY = 'cairn.sync.name.v1';
const nameSchema = z.string().check(z.maxLength(80));

export function loadPresenceName(): string {
  return loadStored(KEY, nameSchema)?.trim() ?? '';
}

export function storePresenceName(name: string): void {
  saveStored(KEY, name.trim().slice(0, 80));
}
