// A person's capacity in an iteration, in the iteration's own unit. Person-days
// and points are never compared one to one: a team that plans in points turns
// each person's available days into points by its own velocity.
import { availableDays } from '../iterations/capacity';
import type { CapacityUnit, Iteration } from '../iterations/types';

/** Closed iterations this many back feed the points-per-person-day rate (as the velocity chart's default). */
const VELOCITY_WINDOW = 6;

/**
 * Points the team completed per available person-day, over the last closed
 * iterations planned in points that recorded both (null with no such history).
 */
export function pointsPerPersonDay(iterations: readonly Iteration[]): number | null {
  const closed = iterations
    .filter(
      (i) =>
        !i.deleted &&
        i.state === 'closed' &&
        i.capacityUnit === 'points' &&
        i.completedPoints !== null &&
        teamDays(i) > 0,
    )
    .sort((a, b) => a.endDate.localeCompare(b.endDate))
    .slice(-VELOCITY_WINDOW);
  const days = closed.reduce((sum, i) => sum + teamDays(i), 0);
  if (days === 0) return null;
  return closed.reduce((sum, i) => sum + (i.completedPoints ?? 0), 0) / days;
}

function teamDays(iteration: Pick<Iteration, 'memberCapacity'>): number {
  return iteration.memberCapacity.reduce((sum, m) => sum + availableDays(m), 0);
}

/** Where a capacity in points came from, so the UI can say so. */
export type CapacityBasis = 'days' | 'velocity' | 'teamShare';

export interface PersonCapacity {
  value: number;
  unit: CapacityUnit;
  basis: CapacityBasis;
}

/**
 * A member's capacity in the iteration: their days minus days off; in points,
 * those days times the team's velocity per person-day, or (with no closed
 * history) their share of the team's points by available days. Null when the
 * member has no capacity row, or a points iteration has neither.
 */
export function personCapacity(
  iteration: Pick<Iteration, 'capacity' | 'capacityUnit' | 'memberCapacity'>,
  memberId: string,
  rate: number | null,
): PersonCapacity | null {
  const row = iteration.memberCapacity.find((m) => m.memberId === memberId);
  if (!row) return null;
  const days = availableDays(row);
  if (iteration.capacityUnit === 'days') return { value: roundCapacity(days, 'days'), unit: 'days', basis: 'days' };
  if (rate !== null) return { value: roundCapacity(days * rate, 'points'), unit: 'points', basis: 'velocity' };
  const team = teamDays(iteration);
  if (iteration.capacity === null || team === 0) return null;
  return { value: roundCapacity((iteration.capacity * days) / team, 'points'), unit: 'points', basis: 'teamShare' };
}

/**
 * Capacity as people read it: whole points (an estimate of 11.4 points claims a
 * precision no velocity has), person-days to the half day (half days off exist).
 */
export function roundCapacity(value: number, unit: CapacityUnit): number {
  return unit === 'points' ? Math.round(value) : Math.round(value * 2) / 2;
}
