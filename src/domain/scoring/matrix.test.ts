import { describe, expect, it } from 'vitest';
import {
  EFFORT_MAX,
  EFFORT_SPLIT_X,
  effortToX,
  IMPACT_SPLIT_Y,
  impactToY,
  matrixPoint,
  quadrantOf,
  spreadOffsets,
  stepEffort,
  stepImpact,
  xToEffort,
  yToImpact,
} from './matrix';
import { emptyScores, RICE_IMPACTS } from './types';

describe('impact axis', () => {
  it('puts massive at the top and minimal at the bottom, each in the middle of its band', () => {
    expect(impactToY(3)).toBeCloseTo(0.1);
    expect(impactToY(2)).toBeCloseTo(0.3);
    expect(impactToY(1)).toBeCloseTo(0.5);
    expect(impactToY(0.25)).toBeCloseTo(0.9);
  });

  it('snaps any height to the impact of its band, and round-trips every impact', () => {
    for (const impact of RICE_IMPACTS) expect(yToImpact(impactToY(impact))).toBe(impact);
    expect(yToImpact(0)).toBe(3);
    expect(yToImpact(0.39)).toBe(2);
    expect(yToImpact(0.41)).toBe(1);
    expect(yToImpact(1)).toBe(0.25);
    expect(yToImpact(-2)).toBe(3);
    expect(yToImpact(7)).toBe(0.25);
  });

  it('divides high (high, massive) from the rest between the medium and high bands', () => {
    expect(IMPACT_SPLIT_Y).toBeCloseTo(0.4);
    expect(impactToY(2)).toBeLessThan(IMPACT_SPLIT_Y);
    expect(impactToY(1)).toBeGreaterThan(IMPACT_SPLIT_Y);
  });
});

describe('effort axis', () => {
  it('is a square-root scale from 0 to the maximum, with the low/high split near the middle, between two snapped efforts', () => {
    expect(effortToX(0)).toBe(0);
    expect(effortToX(EFFORT_MAX)).toBe(1);
    expect(effortToX(3)).toBeCloseTo(0.5);
    expect(effortToX(40)).toBe(1);
    expect(EFFORT_SPLIT_X).toBeGreaterThan(effortToX(2.5));
    expect(EFFORT_SPLIT_X).toBeLessThan(effortToX(3));
  });

  it('snaps a position to half person-months, never below half a month', () => {
    expect(xToEffort(0.5)).toBe(3);
    expect(xToEffort(1)).toBe(EFFORT_MAX);
    expect(xToEffort(0)).toBe(0.5);
    expect(xToEffort(-1)).toBe(0.5);
    expect(xToEffort(Math.sqrt(1.3 / EFFORT_MAX))).toBe(1.5);
    for (const effort of [0.5, 1, 2.5, 4, 7.5, 12]) expect(xToEffort(effortToX(effort))).toBe(effort);
  });
});

describe('quadrants', () => {
  it('names the four corners', () => {
    expect(quadrantOf(3, 1)).toBe('quickWins');
    expect(quadrantOf(2, 8)).toBe('bigBets');
    expect(quadrantOf(1, 0.5)).toBe('fillIns');
    expect(quadrantOf(0.25, 6)).toBe('moneyPits');
    expect(quadrantOf(2, 3)).toBe('bigBets');
    expect(quadrantOf(2, 2.5)).toBe('quickWins');
  });
});

describe('keyboard steps', () => {
  it('moves impact one level and stops at the ends', () => {
    expect(stepImpact(1, 1)).toBe(2);
    expect(stepImpact(0.5, -1)).toBe(0.25);
    expect(stepImpact(3, 1)).toBe(3);
    expect(stepImpact(0.25, -1)).toBe(0.25);
  });

  it('moves effort along the ladder from any value and stops at the ends', () => {
    expect(stepEffort(2, 1)).toBe(3);
    expect(stepEffort(2.5, 1)).toBe(3);
    expect(stepEffort(2.5, -1)).toBe(2);
    expect(stepEffort(0.5, -1)).toBe(0.5);
    expect(stepEffort(12, 1)).toBe(12);
    expect(stepEffort(20, -1)).toBe(12);
  });
});

describe('matrixPoint', () => {
  it('places a requirement with impact and effort, and nothing without', () => {
    const rice = { reach: null, impact: 2, confidence: null, effort: 4 } as const;
    expect(matrixPoint({ ...emptyScores(), rice })).toEqual({ impact: 2, effort: 4 });
    expect(matrixPoint({ ...emptyScores(), rice: { ...rice, effort: null } })).toBeNull();
    expect(matrixPoint({ ...emptyScores(), rice: { ...rice, impact: null } })).toBeNull();
    expect(matrixPoint(emptyScores())).toBeNull();
  });
});

describe('spreadOffsets', () => {
  it('centres dots that share a place and leaves lone dots where they are', () => {
    expect(spreadOffsets(['a', 'b', 'a', 'a'])).toEqual([-1, 0, 0, 1]);
    expect(spreadOffsets(['x', 'x'])).toEqual([-0.5, 0.5]);
  });
});
