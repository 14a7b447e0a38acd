// Prioritisation inputs for the demo product, by the requirement's English
// title (the same in both languages' demos). Varied on purpose: every quadrant
// of the impact/effort matrix has something, and some are left unscored.
import { emptyScores, type Kano, type Moscow, type Scores } from './types';
import type { RiceImpact } from './matrix';

type Rice = [reach: number, impact: RiceImpact, confidence: number, effort: number];
type Ice = [impact: number, confidence: number, ease: number];
type Wsjf = [businessValue: number, timeCriticality: number, riskReduction: number, jobSize: number];

interface DemoScore {
  rice?: Rice;
  ice?: Ice;
  wsjf?: Wsjf;
  moscow?: Moscow;
  kano?: Kano;
}

const DEMO_SCORES: Record<string, DemoScore> = {
  'Price alerts for saved flights': {
    rice: [4000, 2, 80, 3],
    ice: [8, 7, 5],
    wsjf: [8, 5, 3, 5],
    moscow: 'should',
    kano: 'attractive',
  },
  'Split the payment between travel companions': {
    rice: [1200, 1, 50, 4],
    ice: [6, 4, 3],
    wsjf: [5, 2, 1, 8],
    moscow: 'could',
    kano: 'attractive',
  },
  'Offline access to booking confirmations': {
    rice: [6000, 2, 80, 2],
    ice: [9, 8, 6],
    wsjf: [8, 8, 5, 3],
    moscow: 'must',
    kano: 'must-be',
  },
  'Hotel photos load slowly on 4G': {
    rice: [8000, 0.5, 100, 1],
    ice: [6, 9, 8],
    wsjf: [5, 3, 2, 2],
    moscow: 'should',
    kano: 'one-dimensional',
  },
  'Study competitor flight + hotel bundles': { ice: [5, 5, 7] },
  'Why do people drop off on the passenger details form?': { rice: [10000, 1, 50, 0.5], ice: [7, 6, 8] },
  'Flexible date search (±3 days)': {
    rice: [9000, 2, 80, 4],
    ice: [8, 7, 4],
    wsjf: [13, 8, 3, 8],
    moscow: 'should',
    kano: 'attractive',
  },
  'Show available loyalty points at checkout': {
    rice: [3000, 1, 80, 1],
    ice: [6, 8, 8],
    wsjf: [5, 3, 2, 2],
    moscow: 'could',
    kano: 'one-dimensional',
  },
  'Make refund status clear': {
    rice: [2500, 2, 100, 2],
    ice: [8, 9, 6],
    wsjf: [8, 5, 8, 3],
    moscow: 'must',
    kano: 'must-be',
  },
  'Redesign the hotel search filters': {
    rice: [7000, 1, 50, 6],
    ice: [6, 5, 3],
    wsjf: [5, 2, 2, 13],
    moscow: 'could',
    kano: 'one-dimensional',
  },
  'Saved travellers: reuse passenger details': { rice: [8000, 1, 80, 2], wsjf: [8, 3, 2, 3] },
  'Trip timeline on the home screen': {
    rice: [5000, 0.5, 50, 8],
    ice: [4, 3, 2],
    wsjf: [3, 1, 1, 13],
    moscow: 'wont',
    kano: 'indifferent',
  },
  'Accessible seat map': {
    rice: [800, 3, 100, 3],
    ice: [7, 9, 5],
    wsjf: [5, 8, 13, 5],
    moscow: 'must',
    kano: 'must-be',
  },
  'One-tap rebooking when a flight is cancelled': {
    rice: [1500, 3, 80, 6],
    ice: [9, 6, 3],
    wsjf: [13, 13, 5, 8],
    moscow: 'should',
    kano: 'attractive',
  },
  'Show the total price including taxes in search results': {
    rice: [10000, 2, 100, 1],
    ice: [8, 9, 9],
    wsjf: [8, 13, 8, 2],
    moscow: 'must',
    kano: 'must-be',
  },
  '"Free cancellation" badge on hotels': {
    rice: [6000, 0.5, 80, 0.5],
    ice: [5, 8, 9],
    moscow: 'could',
    kano: 'attractive',
  },
  'App crashes when rotating the boarding pass screen': {
    rice: [2000, 2, 100, 0.5],
    wsjf: [8, 13, 8, 1],
    moscow: 'must',
  },
  'Multi-currency checkout': {
    rice: [1000, 1, 50, 8],
    ice: [5, 4, 2],
    wsjf: [5, 3, 3, 13],
    moscow: 'could',
    kano: 'indifferent',
  },
  'Push notification for gate changes': {
    rice: [5000, 2, 80, 1.5],
    ice: [8, 8, 7],
    wsjf: [8, 8, 5, 3],
    moscow: 'should',
    kano: 'one-dimensional',
  },
  'Coupon applied twice on round trips': { rice: [400, 0.25, 100, 0.5], wsjf: [3, 5, 8, 1], moscow: 'must' },
  'Sign in with phone number and SMS code': { rice: [12000, 1, 100, 2], ice: [7, 9, 6] },
  'Dark mode': { rice: [3000, 0.25, 80, 3], ice: [3, 8, 5], kano: 'attractive' },
};

/** The demo scores of the requirement with this English title; unscored when it has none. */
export function demoScores(englishTitle: string): Scores {
  const seed = DEMO_SCORES[englishTitle];
  const scores = emptyScores();
  if (!seed) return scores;
  if (seed.rice) {
    const [reach, impact, confidence, effort] = seed.rice;
    scores.rice = { reach, impact, confidence, effort };
  }
  if (seed.ice) {
    const [impact, confidence, ease] = seed.ice;
    scores.ice = { impact, confidence, ease };
  }
  if (seed.wsjf) {
    const [businessValue, timeCriticality, riskReduction, jobSize] = seed.wsjf;
    scores.wsjf = { businessValue, timeCriticality, riskReduction, jobSize };
  }
  scores.moscow = seed.moscow ?? null;
  scores.kano = seed.kano ?? null;
  return scores;
}

/** The titles that have demo scores, for the test that keeps them in step with the demo. */
export const DEMO_SCORED_TITLES: readonly string[] = Object.keys(DEMO_SCORES);
