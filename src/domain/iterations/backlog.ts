// The ready backlog a PM plans from: designed (or further) and not done, not
// yet in an iteration; by priority, then by the product's score.
import { scoreOf } from '../scoring/score';
import type { CardScore } from '../scoring/types';
import { PRIORITIES, type Requirement, type Stage } from '../types';

const PRIORITY_ORDER = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));

/** Stages from Design on (all stages when the product has no Design stage), without the done ones. */
export function readyStageIds(stages: readonly Stage[]): Set<string> {
  const live = stages.filter((s) => !s.deleted);
  const design = live.findIndex((s) => s.key === 'design');
  return new Set(
    live
      .slice(Math.max(0, design))
      .filter((s) => !s.done)
      .map((s) => s.id),
  );
}

export function matchesText(requirement: Pick<Requirement, 'title' | 'tags'>, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${requirement.title}\n${requirement.tags.join(' ')}`.toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** P0 first; within a priority the higher score first, unscored after; then title. */
export function compareForPlanning(cardScore: CardScore) {
  return (a: Requirement, b: Requirement): number => {
    const byPriority = (PRIORITY_ORDER.get(a.priority) ?? 9) - (PRIORITY_ORDER.get(b.priority) ?? 9);
    if (byPriority !== 0) return byPriority;
    if (cardScore !== 'none') {
      const sa = scoreOf(a.scores, cardScore);
      const sb = scoreOf(b.scores, cardScore);
      if (sa !== sb) {
        if (sa === null) return 1;
        if (sb === null) return -1;
        return sb - sa;
      }
    }
    return a.title.localeCompare(b.title);
  };
}

export function readyBacklog(
  requirements: readonly Requirement[],
  stages: readonly Stage[],
  options: { query?: string; cardScore: CardScore },
): Requirement[] {
  const ready = readyStageIds(stages);
  return requirements
    .filter((r) => r.state === 'active' && r.iterationId === null && ready.has(r.stageId))
    .filter((r) => !options.query || matchesText(r, options.query))
    .sort(compareForPlanning(options.cardScore));
}
