// Jira's CSV names sprints but not their dates: an imported iteration spans
// its issues, from the earliest start (or creation) to the latest due date
// (or last update), and `today` when its issues carry no dates at all.
import type { ImportPlan } from './plan';

export interface SprintSpan {
  startDate: string;
  endDate: string;
}

export function sprintSpans(
  plan: Pick<ImportPlan, 'iterations' | 'requirements'>,
  today: string,
): Map<string, SprintSpan> {
  const spans = new Map<string, SprintSpan>();
  for (const iteration of plan.iterations ?? []) {
    const issues = plan.requirements.filter((r) => r.iterationKey === iteration.key);
    const starts = issues
      .map((r) => r.startDate ?? r.createdAt?.slice(0, 10))
      .filter((d): d is string => Boolean(d))
      .sort();
    const ends = issues
      .map((r) => r.dueDate ?? r.updatedAt?.slice(0, 10))
      .filter((d): d is string => Boolean(d))
      .sort();
    const startDate = starts[0] ?? today;
    const endDate = ends.at(-1) ?? startDate;
    spans.set(iteration.key, { startDate, endDate: endDate < startDate ? startDate : endDate });
  }
  return spans;
}
