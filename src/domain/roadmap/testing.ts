// Plain-data generators for roadmap unit tests.
import { unscoredRequirementFields } from '../types';
import type { Requirement, Stage } from '../types';
import type { Initiative, Lane } from './types';

const base = { productId: 'p', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };

export function makeLane(overrides: Partial<Lane> & { id: string }): Lane {
  return { ...base, name: overrides.id, color: '#2563eb', rank: 'a0', deleted: false, ...overrides };
}

export function makeInitiative(overrides: Partial<Initiative> & { id: string }): Initiative {
  return {
    ...base,
    title: overrides.id,
    description: '',
    laneId: 'lane',
    start: null,
    end: null,
    horizon: 'next',
    milestone: false,
    status: 'planned',
    ownerId: null,
    color: null,
    rank: 'a0',
    deleted: false,
    ...overrides,
  };
}

export function makeStage(id: string, key: string | null): Stage {
  return { ...base, id, key, name: null, color: '#64748b', rank: 'a0', wipLimit: null, wipMode: 'warn', done: key === 'released' || key === 'review', deleted: false };
}

export function makeRequirement(overrides: Partial<Requirement> & { id: string }): Requirement {
  return {
    ...base,
    title: overrides.id,
    description: '',
    type: 'feature',
    priority: 'P2',
    ownerId: null,
    tags: [],
    dueDate: null,
    acceptanceCriteria: [],
    stageId: 'inbox',
    rank: 'a0',
    state: 'active',
    initiativeId: null,
    notes: [],
    links: [],
    startDate: null,
    estimate: null,
    dueDone: false,
    ...unscoredRequirementFields(),
    ...overrides,
  };
}
