import { describe, expect, it } from 'vitest';
import { iceScore, rankByScore, riceScore, scoreOf, wsjfScore } from './score';
import { emptyScores } from './types';

describe('scores', () => {
  it('computes RICE from reach, impact, confidence % and effort', () => {
    expect(riceScore({ reach: 500, impact: 2, confidence: 80, effort: 4 })).toBe(200);
    expect(riceScore({ reach: 500, impact: 2, confidence: null, effort: 4 })).toBeNull();
    expect(riceScore({ reach: 500, impact: 2, confidence: 80, effort: 0 })).toBeNull();
  });

  it('computes ICE and WSJF, and leaves missing inputs unscored', () => {
    expect(iceScore({ impact: 8, confidence: 5, ease: 3 })).toBe(120);
    expect(iceScore({ impact: 8, confidence: null, ease: 3 })).toBeNull();
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 4 })).toBe(4);
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: null })).toBeNull();
    expect(scoreOf(emptyScores(), 'moscow')).toBeNull();
    expect(scoreOf({ ...emptyScores(), moscow: 'must' }, 'moscow')).toBeGreaterThan(scoreOf({ ...emptyScores(), moscow: 'could' }, 'moscow')!);
  });

  it('ranks scored items first, highest first, and keeps the unscored in order after them', () => {
    const items = [{ id: 'a', s: null }, { id: 'b', s: 3 }, { id: 'c', s: null }, { id: 'd', s: 9 }];
    expect(rankByScore(items, (i) => i.s).map((i) => i.id)).toEqual(['d', 'b', 'a', 'c']);
  });
});
