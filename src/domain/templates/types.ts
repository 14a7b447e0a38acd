// Description templates a product's PMs start requirements from (schema version 4).
import { z } from 'zod/mini';
import { rowBase } from '../rowBase';

/** Built-in kinds; a product's edits are stored as rows, `custom` for its own. */
export const TEMPLATE_KINDS = ['prd', 'bug', 'research', 'custom'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const templateSchema = z.object({
  ...rowBase,
  kind: z.enum(TEMPLATE_KINDS),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Markdown. */
  body: z.string().check(z.maxLength(100_000)),
  rank: z.string().check(z.minLength(1)),
  deleted: z.boolean(),
});
export type Template = z.infer<typeof templateSchema>;
