// An iteration (迭代): a time box the team plans against its capacity (schema version 4).
import { z } from 'zod/mini';
import { dayString, rowBase } from '../rowBase';

export const ITERATION_STATES = ['planned', 'active', 'closed'] as const;
export type IterationState = (typeof ITERATION_STATES)[number];
export const CAPACITY_UNITS = ['points', 'days'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** One member's share of the iteration: days available, minus days off. */
export const memberCapacitySchema = z.object({
  memberId: z.string().check(z.minLength(1)),
  days: z.number().check(z.nonnegative()),
  daysOff: z.number().check(z.nonnegative()),
});
export type MemberCapacity = z.infer<typeof memberCapacitySchema>;

export const iterationSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  goal: z.string().check(z.maxLength(2000)),
  startDate: dayString,
  endDate: dayString,
  state: z.enum(ITERATION_STATES),
  capacityUnit: z.enum(CAPACITY_UNITS),
  /** Team capacity in `capacityUnit`; null when not set. */
  capacity: z.nullable(z.number().check(z.nonnegative())),
  memberCapacity: z.array(memberCapacitySchema),
  /** Recorded when the iteration starts (committed) and closes (completed); null before. */
  committedPoints: z.nullable(z.number().check(z.nonnegative())),
  completedPoints: z.nullable(z.number().check(z.nonnegative())),
  startedAt: z.nullable(z.string()),
  closedAt: z.nullable(z.string()),
  deleted: z.boolean(),
});
export type Iteration = z.infer<typeof iterationSchema>;
