import { describe, expect, it } from 'vitest';
import { buildDemoProduct } from '../demo';
import { DEMO_SCORED_TITLES } from './demoScores';
import { matrixPoint, quadrantOf } from './matrix';
import { rankByScore, scoreOf, type Framework } from './score';
import { scoresSchema } from './types';

let n = 0;
const env = { now: () => '2025-03-10T09:00:00.000Z', newId: () => `id-${++n}` };
const en = buildDemoProduct('en', env, '2025-03-10');
const zh = buildDemoProduct('zh-CN', env, '2025-03-10');
const share = (framework: Framework) =>
  en.requirements.filter((r) => scoreOf(r.scores, framework) !== null).length / en.requirements.length;

describe('demo scores', () => {
  it('names only requirements the demo has', () => {
    const titles = new Set(en.requirements.map((r) => r.title));
    for (const title of DEMO_SCORED_TITLES) expect(titles.has(title), title).toBe(true);
  });

  it('are valid scores, the same in both languages', () => {
    for (const r of en.requirements) expect(scoresSchema.safeParse(r.scores).success, r.title).toBe(true);
    expect(zh.requirements.map((r) => r.scores)).toEqual(en.requirements.map((r) => r.scores));
  });

  it('score RICE on most, ICE and WSJF on many, MoSCoW and Kano on some, and leave a few unscored', () => {
    expect(share('rice')).toBeGreaterThan(0.7);
    expect(share('ice')).toBeGreaterThan(0.5);
    expect(share('wsjf')).toBeGreaterThan(0.4);
    expect(share('moscow')).toBeGreaterThan(0.3);
    expect(share('kano')).toBeGreaterThan(0.3);
    expect(en.requirements.some((r) => scoreOf(r.scores, 'rice') === null)).toBe(true);
  });

  it('put something in every quadrant of the matrix, and rank without ties at the top', () => {
    const quadrants = new Set(
      en.requirements.flatMap((r) => {
        const point = matrixPoint(r.scores);
        return point ? [quadrantOf(point.impact, point.effort)] : [];
      }),
    );
    expect([...quadrants].sort()).toEqual(['bigBets', 'fillIns', 'moneyPits', 'quickWins']);
    const [first, second] = rankByScore(en.requirements, (r) => scoreOf(r.scores, 'rice'));
    expect(scoreOf(first!.scores, 'rice')).toBeGreaterThan(scoreOf(second!.scores, 'rice')!);
  });
});
