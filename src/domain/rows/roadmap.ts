// New lanes and initiatives. An initiative starts undated, on no horizon, planned.
import type { Env } from '../types';
import type { Initiative, Lane } from '../roadmap/types';
import { buildRow, type NewRow } from './stamp';

export function newLane(env: Env, fields: NewRow<Lane, 'productId' | 'name' | 'color' | 'rank'>): Lane {
  return buildRow<Lane>(env, { deleted: false }, fields);
}

export function newInitiative(
  env: Env,
  fields: NewRow<Initiative, 'productId' | 'title' | 'laneId' | 'rank'>,
): Initiative {
  return buildRow<Initiative>(
    env,
    {
      description: '',
      start: null,
      end: null,
      horizon: null,
      milestone: false,
      status: 'planned',
      ownerId: null,
      color: null,
      deleted: false,
    },
    fields,
  );
}
