// Prioritisation inputs stored on a requirement (schema version 4). Every input
// is nullable: a missing input means "not scored", never zero.
import { z } from 'zod/mini';

export const RICE_IMPACTS = [0.25, 0.5, 1, 2, 3] as const;
export const MOSCOW = ['must', 'should', 'could', 'wont'] as const;
export type Moscow = (typeof MOSCOW)[number];
export const KANO = ['must-be', 'one-dimensional', 'attractive', 'indifferent', 'reverse'] as const;
export type Kano = (typeof KANO)[number];
/** Which score a product shows on its cards. */
export const CARD_SCORES = ['none', 'rice', 'ice', 'wsjf', 'moscow', 'kano'] as const;
export type CardScore = (typeof CARD_SCORES)[number];

const num = z.nullable(z.number().check(z.nonnegative()));
const oneToTen = z.nullable(z.number().check(z.gte(1), z.lte(10)));

export const scoresSchema = z.object({
  rice: z.object({
    reach: num,
    impact: z.nullable(z.literal(RICE_IMPACTS)),
    /** Percent, 0–100. */
    confidence: z.nullable(z.number().check(z.gte(0), z.lte(100))),
    /** Person-months. */
    effort: num,
  }),
  ice: z.object({ impact: oneToTen, confidence: oneToTen, ease: oneToTen }),
  wsjf: z.object({ businessValue: num, timeCriticality: num, riskReduction: num, jobSize: num }),
  moscow: z.nullable(z.enum(MOSCOW)),
  kano: z.nullable(z.enum(KANO)),
});
export type Scores = z.infer<typeof scoresSchema>;

export function emptyScores(): Scores {
  return {
    rice: { reach: null, impact: null, confidence: null, effort: null },
    ice: { impact: null, confidence: null, ease: null },
    wsjf: { businessValue: null, timeCriticality: null, riskReduction: null, jobSize: null },
    moscow: null,
    kano: null,
  };
}
