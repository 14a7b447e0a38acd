// The competitor matrix (schema version 4): competitors × capabilities.
import { z } from 'zod/mini';
import { rowBase } from '../rowBase';

export const competitorSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.nullable(z.string().check(z.maxLength(4000))),
  note: z.string().check(z.maxLength(5000)),
  rank: z.string().check(z.minLength(1)),
  deleted: z.boolean(),
});
export type Competitor = z.infer<typeof competitorSchema>;

export const SUPPORT_LEVELS = ['has', 'partial', 'no', 'unknown'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export const capabilityCellSchema = z.object({
  level: z.enum(SUPPORT_LEVELS),
  note: z.string().check(z.maxLength(2000)),
});
export type CapabilityCell = z.infer<typeof capabilityCellSchema>;

export const capabilitySchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  rank: z.string().check(z.minLength(1)),
  /** Our own level for this capability (the product being planned). */
  ours: capabilityCellSchema,
  /** Keyed by competitor id; a missing competitor means "unknown". */
  cells: z.record(z.string(), capabilityCellSchema),
  requirementIds: z.array(z.string().check(z.minLength(1))),
  deleted: z.boolean(),
});
export type Capability = z.infer<typeof capabilitySchema>;
