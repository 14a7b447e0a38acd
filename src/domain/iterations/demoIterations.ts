// The demo product's iterations: two closed sprints and an active one with a
// history (planned on its first day, an item added mid-way, items reaching
// Released on different days), so burndown and velocity show real shapes on
// first open. Dates are days from `today`; events carry past timestamps.
import { addDays } from '../dates';
import type { CairnEvent, Env, MemberRole, Requirement } from '../types';
import type { Iteration, MemberCapacity } from './types';
import { newIteration } from '../rows/iteration';

interface Localized<T> {
  en: T;
  zh: T;
}

/** Story points of the demo requirements, by English title. */
const ESTIMATES: Record<string, number> = {
  'Redesign the hotel search filters': 8,
  'Saved travellers: reuse passenger details': 5,
  'Trip timeline on the home screen': 10,
  'Flexible date search (±3 days)': 8,
  'Make refund status clear': 3,
  'One-tap rebooking when a flight is cancelled': 8,
  'Show the total price including taxes in search results': 5,
  '"Free cancellation" badge on hotels': 5,
  'App crashes when rotating the boarding pass screen': 3,
  'Multi-currency checkout': 5,
  'Push notification for gate changes': 3,
  'Coupon applied twice on round trips': 2,
  'Sign in with phone number and SMS code': 5,
  'E-ticket PDF shows the wrong time zone': 2,
  'Review: new checkout flow (v2.3)': 5,
  'Review: hotel recommendations on the home screen': 3,
};

/** People on a demo requirement besides its owner, by English title: they share its estimate in Workload. */
const CONTRIBUTORS: Record<string, MemberRole[]> = {
  'One-tap rebooking when a flight is cancelled': ['design', 'qa'],
  'Multi-currency checkout': ['engineering'],
};

interface DemoSprint {
  name: Localized<string>;
  goal: Localized<string>;
  start: number;
  end: number;
  closed: { committed: number; completed: number } | null;
  members: { role: MemberRole; days: number; daysOff: number }[];
  capacity: number;
  /** English titles planned on the first day. */
  planned: string[];
  /** Planned later: [title, day from today]. */
  added?: [string, number][];
  /** Reached a done stage: [title, day from today, from stage key, to stage key]. */
  done?: [string, number, string, string][];
}

const TEAM = [
  { role: 'engineering' as const, days: 10, daysOff: 0 },
  { role: 'qa' as const, days: 10, daysOff: 0 },
  { role: 'design' as const, days: 10, daysOff: 0 },
];

const SPRINTS: DemoSprint[] = [
  {
    name: { en: 'Sprint 21', zh: '迭代 21' },
    goal: { en: 'Phone sign-in for everyone', zh: '全面上线手机号登录' },
    start: -35,
    end: -22,
    closed: { committed: 21, completed: 16 },
    capacity: 24,
    members: TEAM,
    planned: ['Review: hotel recommendations on the home screen'],
  },
  {
    name: { en: 'Sprint 22', zh: '迭代 22' },
    goal: { en: 'A calmer checkout', zh: '更顺畅的结算流程' },
    start: -21,
    end: -8,
    closed: { committed: 24, completed: 22 },
    capacity: 24,
    members: [
      { role: 'engineering', days: 10, daysOff: 2 },
      { role: 'qa', days: 10, daysOff: 0 },
      { role: 'design', days: 10, daysOff: 0 },
    ],
    planned: ['Review: new checkout flow (v2.3)'],
  },
  {
    name: { en: 'Sprint 23', zh: '迭代 23' },
    goal: { en: 'Fewer surprises at the airport', zh: '减少机场里的意外' },
    start: -7,
    end: 6,
    closed: null,
    capacity: 38,
    members: [
      { role: 'engineering', days: 10, daysOff: 1 },
      { role: 'qa', days: 10, daysOff: 0 },
      { role: 'design', days: 10, daysOff: 2 },
    ],
    planned: [
      'One-tap rebooking when a flight is cancelled',
      'Show the total price including taxes in search results',
      'App crashes when rotating the boarding pass screen',
      'Multi-currency checkout',
      'Push notification for gate changes',
      'Sign in with phone number and SMS code',
      'E-ticket PDF shows the wrong time zone',
    ],
    added: [['Coupon applied twice on round trips', -4]],
    done: [
      ['Sign in with phone number and SMS code', -5, 'testing', 'released'],
      ['E-ticket PDF shows the wrong time zone', -3, 'testing', 'released'],
    ],
  },
];

export interface DemoIterations {
  iterations: Iteration[];
  requirements: Requirement[];
  events: CairnEvent[];
}

/**
 * Estimates the demo requirements, plans them into the sprints and writes the
 * history. `byTitle` maps English titles to the built requirements.
 */
export function buildDemoIterations(
  lang: 'en' | 'zh',
  env: Env,
  productId: string,
  today: string,
  at: string,
  byTitle: ReadonlyMap<string, Requirement>,
  stageIdByKey: ReadonlyMap<string | null, string>,
  memberIdByRole: ReadonlyMap<MemberRole, string>,
): DemoIterations {
  // Midday UTC is the same calendar day in nearly every time zone.
  const stamp = (day: number) => `${addDays(today, day)}T12:00:00.000Z`;
  const event = (
    entityId: string,
    type: CairnEvent['type'],
    day: number,
    data: Record<string, unknown>,
  ): CairnEvent => ({
    id: env.newId(),
    productId,
    entityId,
    type,
    at: stamp(day),
    data,
  });
  const updated = new Map<string, Requirement>();
  for (const [title, requirement] of byTitle) {
    const estimate = ESTIMATES[title];
    const contributors = (CONTRIBUTORS[title] ?? []).flatMap((role) => {
      const memberId = memberIdByRole.get(role);
      return memberId ? [{ memberId, role }] : [];
    });
    if (estimate !== undefined) updated.set(title, { ...requirement, estimate, contributors });
  }
  const iterations: Iteration[] = [];
  const events: CairnEvent[] = [];
  for (const sprint of SPRINTS) {
    const id = env.newId();
    const memberCapacity: MemberCapacity[] = sprint.members.flatMap((m) => {
      const memberId = memberIdByRole.get(m.role);
      return memberId ? [{ memberId, days: m.days, daysOff: m.daysOff }] : [];
    });
    const planned = [...sprint.planned, ...(sprint.added ?? []).map(([title]) => title)];
    const committed =
      sprint.closed?.committed ?? sprint.planned.reduce((sum, title) => sum + (ESTIMATES[title] ?? 0), 0);
    iterations.push(
      newIteration(env, {
        id,
        productId,
        at,
        name: sprint.name[lang],
        goal: sprint.goal[lang],
        startDate: addDays(today, sprint.start),
        endDate: addDays(today, sprint.end),
        state: sprint.closed ? 'closed' : 'active',
        capacity: sprint.capacity,
        memberCapacity,
        committedPoints: committed,
        completedPoints: sprint.closed?.completed ?? null,
        startedAt: stamp(sprint.start),
        closedAt: sprint.closed ? stamp(sprint.end) : null,
      }),
    );
    events.push(event(id, 'iteration.created', sprint.start - 1, { name: sprint.name[lang] }));
    for (const title of planned) {
      const row = updated.get(title);
      if (!row) continue;
      updated.set(title, { ...row, iterationId: id });
      const day = sprint.added?.find(([t]) => t === title)?.[1] ?? sprint.start - 1;
      events.push(event(row.id, 'iteration.planned', day, { iterationId: id, previousIterationId: null }));
    }
    events.push(event(id, 'iteration.started', sprint.start, { committedPoints: committed }));
    for (const [title, day, from, to] of sprint.done ?? []) {
      const row = updated.get(title);
      if (row)
        events.push(
          event(row.id, 'requirement.moved', day, {
            fromStageId: stageIdByKey.get(from),
            toStageId: stageIdByKey.get(to),
          }),
        );
    }
    if (sprint.closed)
      events.push(
        event(id, 'iteration.closed', sprint.end, {
          completedPoints: sprint.closed.completed,
          committedPoints: committed,
        }),
      );
  }
  return { iterations, requirements: [...updated.values()], events };
}
