// A piece of user evidence (schema version 4), linkable to many requirements.
import { z } from 'zod/mini';
import { dayString, rowBase } from '../rowBase';

export const FEEDBACK_CHANNELS = ['interview', 'support', 'survey', 'sales', 'review', 'social', 'other'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const feedbackSchema = z.object({
  ...rowBase,
  /** The quote or a summary of it. */
  text: z.string().check(z.minLength(1), z.maxLength(10_000)),
  customer: z.string().check(z.maxLength(200)),
  segment: z.string().check(z.maxLength(200)),
  channel: z.enum(FEEDBACK_CHANNELS),
  date: dayString,
  url: z.nullable(z.string().check(z.maxLength(4000))),
  /** Linked requirements; indexed (multi-entry) so a card can count its feedback. */
  requirementIds: z.array(z.string().check(z.minLength(1))),
  deleted: z.boolean(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
