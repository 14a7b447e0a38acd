// The table's columns: which exist, which show by default, and how each sorts.
import { compareRanks } from '../../domain/ranking';
import { PRIORITIES, type Member, type Requirement } from '../../domain/types';

export const TABLE_COLUMNS = [
  'title',
  'stage',
  'type',
  'priority',
  'score',
  'owner',
  'estimate',
  'due',
  'tags',
  'updated',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const DEFAULT_COLUMNS: readonly TableColumn[] = [
  'title',
  'stage',
  'priority',
  'score',
  'owner',
  'estimate',
  'due',
  'updated',
];

/** Columns that can be sorted by clicking their header. */
export const SORTABLE: ReadonlySet<TableColumn> = new Set([
  'title',
  'stage',
  'priority',
  'score',
  'owner',
  'estimate',
  'due',
  'updated',
]);

/** The chosen columns in table order, known names only; the title always shows (rows are named by it). */
export function visibleColumns(stored: readonly string[] | null): TableColumn[] {
  const chosen = new Set<string>(stored ?? DEFAULT_COLUMNS);
  chosen.add('title');
  return TABLE_COLUMNS.filter((c) => chosen.has(c));
}

export interface Sort {
  column: TableColumn;
  direction: 'ascending' | 'descending';
}

export interface SortContext {
  stageOrder: ReadonlyMap<string, number>;
  members: ReadonlyMap<string, Member>;
  scores: ReadonlyMap<string, number | null>;
  collator: Intl.Collator;
}

const PRIORITY_ORDER = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));

/** Board order: by stage, then rank within the stage. */
function boardOrder(a: Requirement, b: Requirement, context: SortContext): number {
  return (
    (context.stageOrder.get(a.stageId) ?? 0) - (context.stageOrder.get(b.stageId) ?? 0) || compareRanks(a.rank, b.rank)
  );
}

/** A value to compare by; null sorts last whichever the direction (an unscored row is not "lowest"). */
function valueOf(r: Requirement, column: TableColumn, context: SortContext): string | number | null {
  switch (column) {
    case 'title':
      return r.title;
    case 'stage':
      return context.stageOrder.get(r.stageId) ?? 0;
    case 'type':
      return r.type;
    case 'priority':
      return PRIORITY_ORDER.get(r.priority) ?? 0;
    case 'score':
      return context.scores.get(r.id) ?? null;
    case 'owner':
      return r.ownerId ? (context.members.get(r.ownerId)?.name ?? null) : null;
    case 'estimate':
      return r.estimate;
    case 'due':
      return r.dueDate;
    case 'tags':
      return r.tags[0] ?? null;
    case 'updated':
      return r.updatedAt;
  }
}

/** A sorted copy of `rows`; ties keep board order so the result is stable and predictable. */
export function sortRequirements(rows: readonly Requirement[], sort: Sort | null, context: SortContext): Requirement[] {
  const sign = sort?.direction === 'descending' ? -1 : 1;
  const keyed = rows.map((r) => ({ r, v: sort ? valueOf(r, sort.column, context) : null }));
  keyed.sort((a, b) => {
    if (sort && a.v !== b.v) {
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const diff =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : context.collator.compare(String(a.v), String(b.v));
      if (diff !== 0) return sign * diff;
    }
    return boardOrder(a.r, b.r, context);
  });
  return keyed.map((k) => k.r);
}
