// What an edit event records beyond the names of the fields it changed. Its own
// module: the board's write path needs it, the history timeline (lazy) reads it.

/** Fields whose before and after values an edit event carries (short values only). */
export const TRACKED_FIELDS = [
  'title',
  'type',
  'priority',
  'ownerId',
  'dueDate',
  'startDate',
  'estimate',
  'source',
  'iterationId',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** The before and after values of the tracked fields an edit changed; what the event records. */
export function trackedChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if ((TRACKED_FIELDS as readonly string[]).includes(field))
      changes[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changes;
}
