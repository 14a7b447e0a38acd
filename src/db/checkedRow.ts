// The last check before a row is written: its schema, with a message naming the bad field.
import type { z } from 'zod/mini';
import { CairnWriteError } from '../domain/errors';

export function checkedRow<S extends z.ZodMiniType>(schema: S, row: unknown): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new CairnWriteError('invalidInput', parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
