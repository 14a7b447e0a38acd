// The numeric score inputs a person types, with their allowed ranges. A value
// outside its range is refused with a reason, never saved.
import type { Scores } from './types';

export type NumberInput =
  | { framework: 'rice'; field: 'reach' | 'confidence' | 'effort' }
  | { framework: 'ice'; field: keyof Scores['ice'] }
  | { framework: 'wsjf'; field: keyof Scores['wsjf'] };

/** Inclusive bounds; `above` means strictly greater than (a divisor cannot be 0). */
export interface InputRange {
  min: number;
  max?: number;
  above?: boolean;
}

const ZERO_UP: InputRange = { min: 0 };
const DIVISOR: InputRange = { min: 0, above: true };
const ONE_TO_TEN: InputRange = { min: 1, max: 10 };

export function rangeOf(input: NumberInput): InputRange {
  switch (input.framework) {
    case 'rice':
      return input.field === 'confidence' ? { min: 0, max: 100 } : input.field === 'effort' ? DIVISOR : ZERO_UP;
    case 'ice':
      return ONE_TO_TEN;
    case 'wsjf':
      return input.field === 'jobSize' ? DIVISOR : ZERO_UP;
  }
}

export type ParsedInput = { ok: true; value: number | null } | { ok: false; problem: 'notANumber' | 'range' };

/** Reads what was typed: empty is "not scored" (null), anything else must be a number in range. */
export function parseScoreInput(text: string, range: InputRange): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  const tooLow = range.above ? value <= range.min : value < range.min;
  const tooHigh = range.max !== undefined && value > range.max;
  return tooLow || tooHigh ? { ok: false, problem: 'range' } : { ok: true, value };
}

/** The scores with one numeric input replaced. */
export function withInput(scores: Scores, input: NumberInput, value: number | null): Scores {
  switch (input.framework) {
    case 'rice':
      return { ...scores, rice: { ...scores.rice, [input.field]: value } };
    case 'ice':
      return { ...scores, ice: { ...scores.ice, [input.field]: value } };
    case 'wsjf':
      return { ...scores, wsjf: { ...scores.wsjf, [input.field]: value } };
  }
}

export function inputValue(scores: Scores, input: NumberInput): number | null {
  switch (input.framework) {
    case 'rice':
      return scores.rice[input.field];
    case 'ice':
      return scores.ice[input.field];
    case 'wsjf':
      return scores.wsjf[input.field];
  }
}
