import { describe, expect, it } from 'vitest';
import { inputValue, parseScoreInput, rangeOf, withInput } from './inputs';
import { emptyScores } from './types';

describe('parseScoreInput', () => {
  it('reads empty as not scored and numbers in range as themselves', () => {
    expect(parseScoreInput('', rangeOf({ framework: 'rice', field: 'reach' }))).toEqual({ ok: true, value: null });
    expect(parseScoreInput('  ', rangeOf({ framework: 'ice', field: 'ease' }))).toEqual({ ok: true, value: null });
    expect(parseScoreInput('1500', rangeOf({ framework: 'rice', field: 'reach' }))).toEqual({ ok: true, value: 1500 });
    expect(parseScoreInput('0.5', rangeOf({ framework: 'rice', field: 'effort' }))).toEqual({ ok: true, value: 0.5 });
  });

  it('refuses confidence outside 0–100 and ICE outside 1–10', () => {
    const confidence = rangeOf({ framework: 'rice', field: 'confidence' });
    expect(parseScoreInput('100', confidence).ok).toBe(true);
    expect(parseScoreInput('0', confidence).ok).toBe(true);
    expect(parseScoreInput('101', confidence)).toEqual({ ok: false, problem: 'range' });
    expect(parseScoreInput('-1', confidence)).toEqual({ ok: false, problem: 'range' });
    const ice = rangeOf({ framework: 'ice', field: 'impact' });
    expect(parseScoreInput('10', ice).ok).toBe(true);
    expect(parseScoreInput('0', ice)).toEqual({ ok: false, problem: 'range' });
    expect(parseScoreInput('11', ice)).toEqual({ ok: false, problem: 'range' });
  });

  it('refuses a zero divisor (effort, job size) and negative counts', () => {
    expect(parseScoreInput('0', rangeOf({ framework: 'rice', field: 'effort' }))).toEqual({
      ok: false,
      problem: 'range',
    });
    expect(parseScoreInput('0', rangeOf({ framework: 'wsjf', field: 'jobSize' }))).toEqual({
      ok: false,
      problem: 'range',
    });
    expect(parseScoreInput('0', rangeOf({ framework: 'wsjf', field: 'riskReduction' })).ok).toBe(true);
    expect(parseScoreInput('-5', rangeOf({ framework: 'rice', field: 'reach' }))).toEqual({
      ok: false,
      problem: 'range',
    });
  });

  it('refuses text that is not a number', () => {
    expect(parseScoreInput('abc', rangeOf({ framework: 'rice', field: 'reach' }))).toEqual({
      ok: false,
      problem: 'notANumber',
    });
    expect(parseScoreInput('Infinity', rangeOf({ framework: 'rice', field: 'reach' }))).toEqual({
      ok: false,
      problem: 'notANumber',
    });
  });
});

describe('withInput', () => {
  it('replaces one input and leaves the rest', () => {
    const scores = withInput(emptyScores(), { framework: 'wsjf', field: 'jobSize' }, 5);
    expect(scores.wsjf).toEqual({ businessValue: null, timeCriticality: null, riskReduction: null, jobSize: 5 });
    expect(inputValue(scores, { framework: 'wsjf', field: 'jobSize' })).toBe(5);
    expect(scores.rice).toEqual(emptyScores().rice);
    expect(
      inputValue(withInput(scores, { framework: 'wsjf', field: 'jobSize' }, null), {
        framework: 'wsjf',
        field: 'jobSize',
      }),
    ).toBeNull();
  });
});
