// Plain-data generators for roadmap unit tests: the row factories' defaults,
// product 'p', one fixed time, and the id each test names.
import { newRequirement } from '../rows/requirement';
import { newInitiative, newLane } from '../rows/roadmap';
import { newStage } from '../rows/stage';
import type { Env, Requirement, Stage } from '../types';
import type { Initiative, Lane } from './types';

const AT = '2026-01-01T00:00:00.000Z';

/** Every generated row names its id, so asking for one is a mistake in the test. */
export const TEST_ROW_ENV: Env = {
  now: () => AT,
  newId: () => {
    throw new Error('test rows name their id');
  },
};

export function makeLane(overrides: Partial<Lane> & { id: string }): Lane {
  return newLane(TEST_ROW_ENV, { productId: 'p', name: overrides.id, color: '#2563eb', rank: 'a0', ...overrides });
}

export function makeInitiative(overrides: Partial<Initiative> & { id: string }): Initiative {
  return newInitiative(TEST_ROW_ENV, {
    productId: 'p',
    title: overrides.id,
    laneId: 'lane',
    horizon: 'next',
    rank: 'a0',
    ...overrides,
  });
}

export function makeStage(id: string, key: string | null): Stage {
  return newStage(TEST_ROW_ENV, { id, productId: 'p', key, color: '#64748b', rank: 'a0' });
}

export function makeRequirement(overrides: Partial<Requirement> & { id: string }): Requirement {
  return newRequirement(TEST_ROW_ENV, {
    productId: 'p',
    title: overrides.id,
    stageId: 'inbox',
    rank: 'a0',
    ...overrides,
  });
}
