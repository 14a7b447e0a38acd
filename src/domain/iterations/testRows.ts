// Data generators for the iteration tests.
import { makeRequirement as makeTestRequirement, TEST_ROW_ENV } from '../roadmap/testing';
import { newIteration } from '../rows/iteration';
import type { Requirement } from '../types';
import type { Iteration } from './types';

/** A requirement in the 'dev' stage unless told otherwise (the shared roadmap test row, see roadmap/testing.ts). */
export function makeRequirement(overrides: Partial<Requirement> & { id: string }): Requirement {
  return makeTestRequirement({ stageId: 'dev', ...overrides });
}

export function makeIteration(overrides: Partial<Iteration> & { id: string }): Iteration {
  return newIteration(TEST_ROW_ENV, {
    productId: 'p',
    name: overrides.id,
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    ...overrides,
  });
}
