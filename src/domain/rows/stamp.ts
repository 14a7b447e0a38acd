// What every new row starts with, whichever table it goes to: a fresh id, its
// product, one creation time (the Env's clock unless the writer stamps a batch
// with one `at`) and version 1.
import type { Env } from '../types';

export interface RowStamp {
  id: string;
  productId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** How a writer may place a new row: a known id, one time for a batch, a creation time from another tool. */
export interface StampFields {
  productId: string;
  id?: string;
  at?: string;
  createdAt?: string;
  updatedAt?: string;
}

/** The fields a creator must give for a row of type T (`K`), the rest optional. */
export type NewRow<T extends RowStamp, K extends keyof T> = Pick<T, K> &
  Partial<Omit<T, keyof RowStamp | K>> &
  StampFields;

/**
 * One row: stamp, then the kind's defaults, then what the creator gave.
 * Fields given as undefined keep their default, so a creator can pass optional input straight through.
 */
export function buildRow<T extends RowStamp>(
  env: Env,
  defaults: Partial<Omit<T, keyof RowStamp>>,
  input: StampFields & Partial<T>,
): T {
  const { id, at, createdAt, updatedAt, productId, ...fields } = input;
  const created = createdAt ?? at ?? env.now();
  const row: Record<string, unknown> = {
    id: id ?? env.newId(),
    productId,
    createdAt: created,
    updatedAt: updatedAt ?? created,
    version: 1,
    ...defaults,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) row[key] = value;
  // The caller's NewRow type guarantees every field without a default is given.
  return row as T;
}
