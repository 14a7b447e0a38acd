// New requirements, and the defaults that older rows are upgraded with (domain/upgrades).
import { emptyScores } from '../scoring/types';
import type { Env, Requirement } from '../types';
import { buildRow, type NewRow, type RowStamp } from './stamp';

export type RequirementDefaults = Omit<Requirement, keyof RowStamp | 'title' | 'stageId' | 'rank'>;

/** What a requirement holds until someone says otherwise. Fresh arrays each call. */
export function requirementDefaults(): RequirementDefaults {
  return {
    description: '',
    type: 'feature',
    priority: 'P2',
    ownerId: null,
    tags: [],
    dueDate: null,
    acceptanceCriteria: [],
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
    gateTicks: [],
    contributors: [],
    followUpOf: null,
    reviewDate: null,
    verdict: null,
    reviewedAt: null,
    learnings: '',
  };
}

export function newRequirement(
  env: Env,
  fields: NewRow<Requirement, 'productId' | 'title' | 'stageId' | 'rank'>,
): Requirement {
  return buildRow<Requirement>(env, requirementDefaults(), fields);
}
