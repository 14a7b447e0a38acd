// New iterations: planned, in points, with nothing committed or completed yet.
import type { Iteration } from '../iterations/types';
import type { Env } from '../types';
import { buildRow, type NewRow } from './stamp';

export function newIteration(
  env: Env,
  fields: NewRow<Iteration, 'productId' | 'name' | 'startDate' | 'endDate'>,
): Iteration {
  return buildRow<Iteration>(
    env,
    {
      goal: '',
      state: 'planned',
      capacityUnit: 'points',
      capacity: null,
      memberCapacity: [],
      committedPoints: null,
      completedPoints: null,
      startedAt: null,
      closedAt: null,
      deleted: false,
    },
    fields,
  );
}
