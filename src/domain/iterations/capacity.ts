// Capacity and load of an iteration. Points and person-days are compared one
// to one: a team that plans in days estimates in ideal days.
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

export interface MemberLoad {
  /** null: requirements nobody owns. */
  memberId: string | null;
  points: number;
  /** The member's share of the capacity, or null when the iteration has none per member. */
  capacity: number | null;
  status: CapacityStatus;
}

/**
 * Points per owner against each member's share. In days a member's share is
 * their available days; in points it is the team's capacity split by available days.
 */
export function loadPerMember(
  iteration: Pick<Iteration, 'capacity' | 'capacityUnit' | 'memberCapacity'>,
  requirements: readonly Pick<Requirement, 'estimate' | 'ownerId'>[],
): MemberLoad[] {
  const points = new Map<string | null, number>();
  for (const r of requirements) points.set(r.ownerId, (points.get(r.ownerId) ?? 0) + (r.estimate ?? 0));
  const team = iterationCapacity(iteration);
  const available = iteration.memberCapacity.reduce((sum, m) => sum + availableDays(m), 0);
  const shareOf = (member: MemberCapacity): number | null => {
    if (iteration.capacityUnit === 'days') return availableDays(member);
    if (team === null || available === 0) return null;
    return roundPoints((team * availableDays(member)) / available);
  };
  const rows: MemberLoad[] = iteration.memberCapacity.map((member) => {
    const load = roundPoints(points.get(member.memberId) ?? 0);
    const capacity = shareOf(member);
    points.delete(member.memberId);
    return { memberId: member.memberId, points: load, capacity, status: capacityStatus(load, capacity) };
  });
  for (const [memberId, load] of points) {
    if (memberId === null) continue;
    rows.push({ memberId, points: roundPoints(load), capacity: null, status: 'none' });
  }
  const unowned = points.get(null);
  if (unowned !== undefined)
    rows.push({ memberId: null, points: roundPoints(unowned), capacity: null, status: 'none' });
  return rows;
}
