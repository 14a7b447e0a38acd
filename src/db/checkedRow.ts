// The last check before a row (or a patch) is written: its schema, with a message naming the bad
// field. Every repository in src/db validates through this one function.
import type { z } from 'zod/mini';
import { CairnWriteError } from '../domain/errors';

/** The parsed row, or an `invalidInput` error listing each bad field; `what` (a title, "stage x") leads the message. */
export function checkedRow<S extends z.ZodMiniType>(schema: S, row: unknown, what?: string): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
    throw new CairnWriteError('invalidInput', what === undefined ? issues : `${what}: ${issues}`);
  }
  return parsed.data;
}
