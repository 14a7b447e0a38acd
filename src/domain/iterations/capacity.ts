// Capacity and commitment of a whole iteration, in its one unit (points or
// person-days; estimates are in the same unit). Each person's share is in
// domain/workload, which turns days into points by the team's velocity.
import type { Requirement } from '../types';
import type { Iteration, MemberCapacity } from './types';

/** A member's days in the iteration, minus days off (never below zero). */
export function availableDays(member: MemberCapacity): number {
  return Math.max(0, member.days - member.daysOff);
}

/**
 * The team's capacity in the iteration's unit, or null when none is set.
 * In days, the members' available days are the capacity when given. In
 * points, days off take their share off the points (10 days with 2 off keep 80%).
 */
export function iterationCapacity(
  iteration: Pick<Iteration, 'capacity' | 'capacityUnit' | 'memberCapacity'>,
): number | null {
  const members = iteration.memberCapacity;
  const total = members.reduce((sum, m) => sum + m.days, 0);
  const available = members.reduce((sum, m) => sum + availableDays(m), 0);
  if (iteration.capacityUnit === 'days') return members.length > 0 ? available : iteration.capacity;
  if (iteration.capacity === null) return null;
  if (total === 0) return iteration.capacity;
  return roundPoints((iteration.capacity * available) / total);
}

export function roundPoints(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface Commitment {
  points: number;
  /** Requirements with no estimate: they count as zero and are flagged. */
  unestimated: number;
}

export function committedPoints(requirements: readonly Pick<Requirement, 'estimate'>[]): Commitment {
  let points = 0;
  let unestimated = 0;
  for (const r of requirements) {
    if (r.estimate === null) unestimated += 1;
    else points += r.estimate;
  }
  return { points: roundPoints(points), unestimated };
}

export type CapacityStatus = 'none' | 'ok' | 'near' | 'over';

/** Amber from 90% of capacity, red above it. */
export function capacityStatus(points: number, capacity: number | null): CapacityStatus {
  if (capacity === null) return 'none';
  if (points > capacity) return 'over';
  if (capacity === 0) return points > 0 ? 'over' : 'ok';
  return points >= capacity * 0.9 ? 'near' : 'ok';
}
