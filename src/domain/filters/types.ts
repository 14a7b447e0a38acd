// The search and filters that narrow the board and the table. Plain data: the
// URL, saved views and the stores all carry this one shape.
import type { Priority, RequirementSource, RequirementType } from '../types';

export const SCORED_FILTERS = ['scored', 'unscored'] as const;
export type ScoredFilter = (typeof SCORED_FILTERS)[number];

export const DUE_FILTERS = ['overdue', 'week'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** Owner filter value for requirements nobody owns. */
export const NO_OWNER = 'none';
/** Source filter value for requirements with no source. */
export const NO_SOURCE = 'none';

export interface RequirementFilters {
  /** Free text: every whitespace-separated part must appear somewhere (no word splitting inside a part). */
  q: string;
  /** Each list is "any of"; an empty list does not narrow. */
  stages: string[];
  types: RequirementType[];
  priorities: Priority[];
  /** Member ids (as owner or contributor), or NO_OWNER. */
  owners: string[];
  tags: string[];
  sources: (RequirementSource | typeof NO_SOURCE)[];
  scored: ScoredFilter | null;
  due: DueFilter | null;
  /** Show archived requirements instead of the active ones. */
  archived: boolean;
}

export const NO_FILTERS: RequirementFilters = {
  q: '',
  stages: [],
  types: [],
  priorities: [],
  owners: [],
  tags: [],
  sources: [],
  scored: null,
  due: null,
  archived: false,
};

/** True when any filter narrows the list (search text counts once it has a non-space). */
export function filtersActive(f: RequirementFilters): boolean {
  return (
    f.q.trim() !== '' ||
    f.stages.length > 0 ||
    f.types.length > 0 ||
    f.priorities.length > 0 ||
    f.owners.length > 0 ||
    f.tags.length > 0 ||
    f.sources.length > 0 ||
    f.scored !== null ||
    f.due !== null ||
    f.archived
  );
}

/** How many filters besides the search text are set (the "Filters (3)" badge). */
export function filterCount(f: RequirementFilters): number {
  return (
    f.stages.length +
    f.types.length +
    f.priorities.length +
    f.owners.length +
    f.tags.length +
    f.sources.length +
    (f.scored ? 1 : 0) +
    (f.due ? 1 : 0) +
    (f.archived ? 1 : 0)
  );
}
