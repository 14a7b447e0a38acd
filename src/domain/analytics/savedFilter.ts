// Analytics of the requirements a saved filter matches (issue 17: "any saved
// filter"). The test is the board's own predicate (filters/predicate.ts) over
// history: a requirement counts by what it is today, archived ones included.
import { compileFilters } from '../filters/predicate';
import { buildSearchIndex, type SearchIndex } from '../filters/search';
import { decodeFilters } from '../filters/url';
import type { CardScore } from '../scoring/types';
import type { Member, Requirement, Stage } from '../types';

/** A saved view's query (the URL's filter encoding) and what its scored filter is judged by. */
export interface FlowFilter {
  query: string;
  cardScore: CardScore;
}

export interface FilterFacts {
  /** Today, YYYY-MM-DD: the due filters' reference. */
  today: string;
  stages: readonly Pick<Stage, 'id' | 'deleted'>[];
  members: readonly Member[];
}

/** The requirements `filter` matches; a stage or owner it names that no longer exists is ignored, as on the board. */
export function requirementsMatching<R extends Requirement>(
  requirements: readonly R[],
  filter: FlowFilter,
  facts: FilterFacts,
): R[] {
  const filters = decodeFilters(filter.query);
  const members = new Map(facts.members.map((m) => [m.id, m]));
  const index: SearchIndex = filters.q.trim() === '' ? new Map() : buildSearchIndex(requirements, members);
  const passes = compileFilters(filters, {
    today: facts.today,
    cardScore: filter.cardScore,
    index,
    known: {
      stages: new Set(facts.stages.filter((s) => !s.deleted).map((s) => s.id)),
      members: new Set(members.keys()),
    },
    history: true,
  });
  return requirements.filter(passes);
}
