// Who holds what: per person, the work in progress now and the load planned in
// each open iteration against that person's own capacity.
//
// Sharing: a requirement's estimate is split evenly between the people on it
// (its owner and each distinct contributor), so the people's loads add up to
// the team's load and nothing is counted twice. A requirement nobody is on
// counts for no one (the view lists it as unassigned).
import { stagePositions } from '../analytics/stageOrder';
import type { FlowStage, FlowStages } from '../analytics/types';
import { capacityStatus, roundPoints, type CapacityStatus } from '../iterations/capacity';
import type { CapacityUnit, Iteration } from '../iterations/types';
import type { Requirement } from '../types';
import { personCapacity, pointsPerPersonDay, type CapacityBasis } from './capacity';

export type WorkloadRequirement = Pick<
  Requirement,
  'id' | 'ownerId' | 'contributors' | 'estimate' | 'stageId' | 'state' | 'iterationId'
>;

export interface IterationLoad {
  iterationId: string;
  /** The person's share of the estimates planned in the iteration, in `unit`. */
  load: number;
  /** Null when the person has no capacity in the iteration. */
  capacity: number | null;
  unit: CapacityUnit;
  basis: CapacityBasis | null;
  /** Whole percent of capacity; null without a capacity (or with a zero one). */
  percent: number | null;
  over: boolean;
  /** Planned requirements the person is on that have no estimate. */
  unestimated: number;
}

export interface PersonWorkload {
  memberId: string;
  inProgress: { count: number; estimate: number };
  iterations: IterationLoad[];
}

/** Whether the person holds anything: in progress now, or planned (estimated or not) in an open iteration. */
export function holdsWork(row: PersonWorkload): boolean {
  return row.inProgress.count > 0 || row.iterations.some((l) => l.load > 0 || l.unestimated > 0);
}

export interface WorkloadInput {
  memberIds: readonly string[];
  requirements: readonly WorkloadRequirement[];
  stages: readonly FlowStage[];
  /** Where work starts and is done (the product's cycle-time stages); null: nothing is in progress. */
  flow: FlowStages | null;
  iterations: readonly Iteration[];
}

/** The distinct people on a requirement: its owner first, then its contributors. */
export function peopleOn(requirement: Pick<Requirement, 'ownerId' | 'contributors'>): string[] {
  const ids = [requirement.ownerId, ...requirement.contributors.map((c) => c.memberId)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** This person's part of the requirement's estimate (0 when they are not on it or it has none). */
export function shareOf(requirement: WorkloadRequirement, memberId: string): number {
  const people = peopleOn(requirement);
  if (requirement.estimate === null || !people.includes(memberId)) return 0;
  return requirement.estimate / people.length;
}

/** Requirements past the start stage and not yet in the done stage (or any stage marked done). */
export function inProgressIds(
  requirements: readonly WorkloadRequirement[],
  stages: readonly FlowStage[],
  flow: FlowStages | null,
): Set<string> {
  if (!flow) return new Set();
  const position = stagePositions(stages);
  const start = position.get(flow.startStageId) ?? Infinity;
  const done = position.get(flow.doneStageId) ?? -Infinity;
  const doneStages = new Set(stages.filter((s) => s.done).map((s) => s.id));
  return new Set(
    requirements
      .filter((r) => {
        const at = position.get(r.stageId);
        return r.state === 'active' && at !== undefined && at >= start && at < done && !doneStages.has(r.stageId);
      })
      .map((r) => r.id),
  );
}

/** The iterations a workload looks at: not closed, not deleted, by start date. */
export function openIterations(iterations: readonly Iteration[]): Iteration[] {
  return iterations
    .filter((i) => !i.deleted && i.state !== 'closed')
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

export function computeWorkload(input: WorkloadInput): PersonWorkload[] {
  const active = input.requirements.filter((r) => r.state === 'active');
  const progress = inProgressIds(active, input.stages, input.flow);
  const rate = pointsPerPersonDay(input.iterations);
  const open = openIterations(input.iterations);
  return input.memberIds.map((memberId) => {
    const mine = active.filter((r) => peopleOn(r).includes(memberId));
    const now = mine.filter((r) => progress.has(r.id));
    return {
      memberId,
      inProgress: {
        count: now.length,
        estimate: roundPoints(now.reduce((sum, r) => sum + shareOf(r, memberId), 0)),
      },
      iterations: open.map((iteration) =>
        loadOf(
          iteration,
          mine.filter((r) => r.iterationId === iteration.id),
          memberId,
          rate,
        ),
      ),
    };
  });
}

/** One person's load in one iteration; `planned` may hold others' requirements too (they count zero). */
export function loadOf(
  iteration: Pick<Iteration, 'id' | 'capacity' | 'capacityUnit' | 'memberCapacity'>,
  planned: readonly WorkloadRequirement[],
  memberId: string,
  rate: number | null,
): IterationLoad {
  const mine = planned.filter((r) => peopleOn(r).includes(memberId));
  const load = roundPoints(mine.reduce((sum, r) => sum + shareOf(r, memberId), 0));
  const capacity = personCapacity(iteration, memberId, rate);
  const value = capacity?.value ?? null;
  return {
    iterationId: iteration.id,
    load,
    capacity: value,
    unit: iteration.capacityUnit,
    basis: capacity?.basis ?? null,
    percent: value === null || value === 0 ? null : Math.round((load / value) * 100),
    over: value !== null && load > value,
    unestimated: mine.filter((r) => r.estimate === null).length,
  };
}

export interface MemberLoad extends IterationLoad {
  memberId: string;
}

/**
 * The iteration's people: everyone with a capacity row, then anyone else on a
 * planned requirement; `unassigned` is the estimate nobody is on.
 */
export function loadsInIteration(
  iteration: Pick<Iteration, 'id' | 'capacity' | 'capacityUnit' | 'memberCapacity'>,
  planned: readonly WorkloadRequirement[],
  rate: number | null,
): { members: MemberLoad[]; unassigned: number } {
  const ids = new Set([...iteration.memberCapacity.map((m) => m.memberId), ...planned.flatMap(peopleOn)]);
  const unassigned = planned.filter((r) => peopleOn(r).length === 0).reduce((sum, r) => sum + (r.estimate ?? 0), 0);
  return {
    members: [...ids].map((memberId) => ({ memberId, ...loadOf(iteration, planned, memberId, rate) })),
    unassigned: roundPoints(unassigned),
  };
}

/**
 * The team bar's state: the total against the team's capacity, and at risk
 * ('near') while any member is over their own even when the total fits.
 */
export function teamStatus(points: number, capacity: number | null, members: readonly IterationLoad[]): CapacityStatus {
  const total = capacityStatus(points, capacity);
  return total !== 'over' && members.some((m) => m.over) ? 'near' : total;
}
