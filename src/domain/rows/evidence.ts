// New feedback, competitors and capabilities: the evidence behind requirements.
import type { Capability, Competitor } from '../competitors/types';
import type { Feedback } from '../feedback/types';
import type { Env } from '../types';
import { buildRow, type NewRow } from './stamp';

export function newFeedback(env: Env, fields: NewRow<Feedback, 'productId' | 'text' | 'channel' | 'date'>): Feedback {
  return buildRow<Feedback>(env, { customer: '', segment: '', url: null, requirementIds: [], deleted: false }, fields);
}

export function newCompetitor(env: Env, fields: NewRow<Competitor, 'productId' | 'name' | 'rank'>): Competitor {
  return buildRow<Competitor>(env, { url: null, note: '', deleted: false }, fields);
}

/** Our own level starts unknown, and so does every competitor's (a missing cell). */
export function newCapability(env: Env, fields: NewRow<Capability, 'productId' | 'name' | 'rank'>): Capability {
  return buildRow<Capability>(
    env,
    { ours: { level: 'unknown', note: '' }, cells: {}, requirementIds: [], deleted: false },
    fields,
  );
}
