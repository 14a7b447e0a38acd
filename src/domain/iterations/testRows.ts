// Data generators for the iteration tests.
import { emptyScores } from '../scoring/types';
import type { Requirement } from '../types';
import type { Iteration } from './types';

const AT = '2026-01-01T00:00:00.000Z';

export function makeRequirement(overrides: Partial<Requirement> & { id: string }): Requirement {
  return {
    productId: 'p',
    title: overrides.id,
    description: '',
    type: 'feature',
    priority: 'P2',
    ownerId: null,
    tags: [],
    dueDate: null,
    acceptanceCriteria: [],
    stageId: 'dev',
    rank: 'a0',
    state: 'active',
    initiativeId: null,
    notes: [],
    links: [],
    startDate: null,
    estimate: null,
    dueDone: false,
    source: null,
    successMetric: null,
    scores: emptyScores(),
    iterationId: null,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
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
