// Data generators for the iteration tests.
import { makeRequirement as makeTestRequirement } from '../roadmap/testing';
import type { Requirement } from '../types';
import type { Iteration } from './types';

const AT = '2026-01-01T00:00:00.000Z';

/** A requirement in the 'dev' stage unless told otherwise (the shared roadmap test row, see roadmap/testing.ts). */
export function makeRequirement(overrides: Partial<Requirement> & { id: string }): Requirement {
  return makeTestRequirement({ stageId: 'dev', ...overrides });
}

export function makeIteration(overrides: Partial<Iteration> & { id: string }): Iteration {
  return {
    productId: 'p',
    name: overrides.id,
    goal: '',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    state: 'planned',
    capacityUnit: 'points',
    capacity: null,
    memberCapacity: [],
    committedPoints: null,
    completedPoints: null,
    startedAt: null,
    closedAt: null,
    deleted: false,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}
