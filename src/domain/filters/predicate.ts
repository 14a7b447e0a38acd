// Whether a requirement passes the filters: one pure test shared by the board and the table.
import { addDays, isOverdue } from '../dates';
import { scoreOf, type Framework } from '../scoring/score';
import type { CardScore } from '../scoring/types';
import type { Requirement } from '../types';
import { matchesTerms, searchTerms, type SearchIndex } from './search';
import { NO_OWNER, NO_SOURCE, type RequirementFilters } from './types';

const FRAMEWORKS: readonly Framework[] = ['rice', 'ice', 'wsjf', 'moscow', 'kano'];

/** Monday and Sunday (YYYY-MM-DD) of the week `today` is in. */
export function weekOf(today: string): { start: string; end: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const fromMonday = (new Date(y, m - 1, d).getDay() + 6) % 7;
  const start = addDays(today, -fromMonday);
  return { start, end: addDays(start, 6) };
}

/** Scored by the product's card score; with no card score chosen, by any framework. */
export function isScored(r: Requirement, cardScore: CardScore): boolean {
  const frameworks = cardScore === 'none' ? FRAMEWORKS : [cardScore];
  return frameworks.some((framework) => scoreOf(r.scores, framework) !== null);
}

export interface FilterContext {
  /** Today in the user's time zone, YYYY-MM-DD (injected: tests pin it). */
  today: string;
  cardScore: CardScore;
  /** Folded search text per requirement id; needed only when the filters have search text. */
  index: SearchIndex;
  /**
   * The product's stage and member ids, when known: a filter naming a stage or
   * owner that does not exist (a stale link, a deleted stage) is ignored rather
   * than hiding everything.
   */
  known?: { stages: ReadonlySet<string>; members: ReadonlySet<string> };
  /**
   * Over history (analytics): a requirement counts whatever its state now, since
   * finished work is often archived; the archived filter then keeps only archived ones.
   */
  history?: boolean;
}

/** Compiles the filters once, then tests each requirement cheaply (10,000 per keystroke). */
export function compileFilters(filters: RequirementFilters, context: FilterContext): (r: Requirement) => boolean {
  const terms = searchTerms(filters.q);
  const known = context.known;
  const stages = new Set(known ? filters.stages.filter((id) => known.stages.has(id)) : filters.stages);
  const types = new Set<string>(filters.types);
  const priorities = new Set<string>(filters.priorities);
  const owners = new Set(
    known ? filters.owners.filter((id) => id === NO_OWNER || known.members.has(id)) : filters.owners,
  );
  const tags = filters.tags;
  const sources = new Set<string>(filters.sources);
  const week = filters.due === 'week' ? weekOf(context.today) : null;
  const state = filters.archived ? 'archived' : 'active';
  const anyState = context.history === true && !filters.archived;
  return (r) => {
    if (!anyState && r.state !== state) return false;
    if (stages.size > 0 && !stages.has(r.stageId)) return false;
    if (types.size > 0 && !types.has(r.type)) return false;
    if (priorities.size > 0 && !priorities.has(r.priority)) return false;
    if (owners.size > 0 && !owners.has(r.ownerId ?? NO_OWNER) && !r.contributors.some((c) => owners.has(c.memberId)))
      return false;
    if (tags.length > 0 && !tags.some((tag) => r.tags.includes(tag))) return false;
    if (sources.size > 0 && !sources.has(r.source ?? NO_SOURCE)) return false;
    if (filters.scored !== null && isScored(r, context.cardScore) !== (filters.scored === 'scored')) return false;
    if (filters.due === 'overdue' && (r.dueDone || !isOverdue(r.dueDate, context.today))) return false;
    if (week && (r.dueDate === null || r.dueDate < week.start || r.dueDate > week.end)) return false;
    if (terms.length > 0 && !matchesTerms(context.index.get(r.id) ?? '', terms)) return false;
    return true;
  };
}
