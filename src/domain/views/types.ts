// A named filter the PM saved (schema version 4). The query is the URL's filter encoding.
import { z } from 'zod/mini';
import { rowBase } from '../rowBase';

export const savedViewSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  query: z.string().check(z.maxLength(4000)),
  deleted: z.boolean(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
