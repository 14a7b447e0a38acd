import { describe, expect, it } from 'vitest';
import { iceScore, rankByScore, riceScore, scoreOf, wsjfScore } from './score';
import { emptyScores, type Scores } from './types';

const scored = (patch: Partial<Scores>): Scores => ({ ...emptyScores(), ...patch });

describe('RICE', () => {
  it('is reach × impact × confidence ÷ effort, with confidence a percentage', () => {
    expect(riceScore({ reach: 500, impact: 2, confidence: 80, effort: 4 })).toBe(200);
    expect(riceScore({ reach: 1000, impact: 0.25, confidence: 50, effort: 0.5 })).toBe(250);
    expect(riceScore({ reach: 0, impact: 3, confidence: 100, effort: 1 })).toBe(0);
  });

  it('is not scored when any input is missing, or effort is zero', () => {
    const full = { reach: 500, impact: 2, confidence: 80, effort: 4 } as const;
    for (const missing of ['reach', 'impact', 'confidence', 'effort'] as const) {
      expect(riceScore({ ...full, [missing]: null }), missing).toBeNull();
    }
    expect(riceScore({ ...full, effort: 0 })).toBeNull();
  });
});

describe('ICE', () => {
  it('is impact × confidence × ease', () => {
    expect(iceScore({ impact: 8, confidence: 5, ease: 3 })).toBe(120);
    expect(iceScore({ impact: 10, confidence: 10, ease: 10 })).toBe(1000);
    expect(iceScore({ impact: 1, confidence: 1, ease: 1 })).toBe(1);
  });

  it('is not scored when any input is missing', () => {
    for (const missing of ['impact', 'confidence', 'ease'] as const) {
      expect(iceScore({ impact: 8, confidence: 5, ease: 3, [missing]: null }), missing).toBeNull();
    }
  });
});

describe('WSJF', () => {
  it('is cost of delay (value + criticality + risk reduction) ÷ job size', () => {
    expect(wsjfScore({ businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 4 })).toBe(4);
    expect(wsjfScore({ businessValue: 20, timeCriticality: 0, riskReduction: 1, jobSize: 3 })).toBe(7);
  });

  it('is not scored when any input is missing, or job size is zero', () => {
    const full = { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 4 };
    for (const missing of ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const) {
      expect(wsjfScore({ ...full, [missing]: null }), missing).toBeNull();
    }
    expect(wsjfScore({ ...full, jobSize: 0 })).toBeNull();
  });
});

describe('scoreOf', () => {
  it('reads the framework asked for from a requirement’s scores', () => {
    const scores = scored({
      rice: { reach: 500, impact: 2, confidence: 80, effort: 4 },
      ice: { impact: 8, confidence: 5, ease: 3 },
      wsjf: { businessValue: 8, timeCriticality: 5, riskReduction: 3, jobSize: 4 },
    });
    expect(scoreOf(scores, 'rice')).toBe(200);
    expect(scoreOf(scores, 'ice')).toBe(120);
    expect(scoreOf(scores, 'wsjf')).toBe(4);
    expect(scoreOf(scores, 'moscow')).toBeNull();
    expect(scoreOf(scores, 'kano')).toBeNull();
  });

  it('ranks MoSCoW must > should > could > won’t', () => {
    const values = (['must', 'should', 'could', 'wont'] as const).map((moscow) =>
      scoreOf(scored({ moscow }), 'moscow'),
    );
    expect(values.every((v) => v !== null)).toBe(true);
    expect([...values].sort((a, b) => b! - a!)).toEqual(values);
  });

  it('ranks Kano must-be > one-dimensional > attractive > indifferent > reverse', () => {
    const order = ['must-be', 'one-dimensional', 'attractive', 'indifferent', 'reverse'] as const;
    const values = order.map((kano) => scoreOf(scored({ kano }), 'kano'));
    expect(values.every((v) => v !== null)).toBe(true);
    expect([...values].sort((a, b) => b! - a!)).toEqual(values);
  });

  it('leaves an empty requirement unscored in every framework', () => {
    for (const framework of ['rice', 'ice', 'wsjf', 'moscow', 'kano'] as const)
      expect(scoreOf(emptyScores(), framework)).toBeNull();
  });
});

describe('rankByScore', () => {
  it('ranks scored items first, highest first, and keeps the unscored in order after them', () => {
    const items = [
      { id: 'a', s: null },
      { id: 'b', s: 3 },
      { id: 'c', s: null },
      { id: 'd', s: 9 },
    ];
    expect(rankByScore(items, (i) => i.s).map((i) => i.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('keeps ties in their given order, and a zero score above the unscored', () => {
    const items = [
      { id: 'a', s: 2 },
      { id: 'b', s: null },
      { id: 'c', s: 0 },
      { id: 'd', s: 2 },
    ];
    expect(rankByScore(items, (i) => i.s).map((i) => i.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});
