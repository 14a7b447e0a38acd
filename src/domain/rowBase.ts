// Fields every row shares, and the date shapes rows use.
import { z } from 'zod/mini';

export const isoDateTime = z.string().check(z.minLength(1));
/** A calendar day, YYYY-MM-DD: due dates have no time zone. */
export const dayString = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

export const rowBase = {
  id: z.string().check(z.minLength(1)),
  productId: z.string().check(z.minLength(1)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Bumped on every write, so a stale writer can be detected. */
  version: z.int().check(z.nonnegative()),
};
