// Test data: the demo product as an older Cairn stored it. Written from the
// schema's history (what each version added), not from the upgrade steps, so
// the tests that feed these rows through the steps can catch a step that
// forgets a field.
import type { DemoData } from '../demo';
import type { RawTables } from './chain';

/** Fields each version added to rows of tables that already existed. */
const FIELDS_ADDED: Record<number, Record<string, readonly string[]>> = {
  2: { requirements: ['initiativeId'] },
  3: { requirements: ['notes', 'links', 'startDate', 'estimate', 'dueDone'] },
  4: { requirements: ['source', 'successMetric', 'scores', 'iterationId'], stages: ['done'], products: ['settings'] },
  5: {
    requirements: ['gateTicks', 'contributors', 'followUpOf', 'reviewDate', 'verdict', 'reviewedAt', 'learnings'],
    stages: ['gate'],
    products: [
      'settings.reviewAfterWeeks',
      'settings.flowStartStageId',
      'settings.flowDoneStageId',
      'settings.ageMarkers',
    ],
  },
};

/** The tables each version created. */
const TABLES_ADDED: Record<number, readonly string[]> = {
  1: ['products', 'stages', 'members', 'requirements', 'events'],
  2: ['lanes', 'initiatives'],
  3: ['tags'],
  4: ['iterations', 'feedback', 'competitors', 'capabilities', 'templates', 'savedViews'],
};

export const OLD_SCHEMA_VERSIONS = [1, 2, 3, 4, 5] as const;

/** Every table the demo fills at today's version, keyed like the database. */
export function demoTables(demo: DemoData): RawTables {
  return {
    products: [demo.product],
    stages: demo.stages,
    members: demo.members,
    requirements: demo.requirements,
    events: demo.events,
    lanes: demo.lanes,
    initiatives: demo.initiatives,
    tags: [],
    iterations: demo.iterations ?? [],
    feedback: demo.feedback ?? [],
    competitors: demo.competitors ?? [],
    capabilities: demo.capabilities ?? [],
  };
}

/** Deletes `field`, or `outer.inner` inside a copy of the nested object, from `row`. */
function dropField(row: Record<string, unknown>, field: string): void {
  const [outer, inner] = field.split('.') as [string, string | undefined];
  if (inner === undefined) {
    delete row[outer];
    return;
  }
  const nested = row[outer];
  if (typeof nested !== 'object' || nested === null) return;
  const copy: Record<string, unknown> = { ...(nested as Record<string, unknown>) };
  delete copy[inner];
  row[outer] = copy;
}

/** `tables` as `version` stored them: only its tables, without the fields later versions added. */
export function tablesAtVersion(tables: RawTables, version: number): RawTables {
  const existing = Object.entries(TABLES_ADDED).flatMap(([v, names]) => (Number(v) <= version ? names : []));
  const later = Object.entries(FIELDS_ADDED).filter(([v]) => Number(v) > version);
  const old: RawTables = {};
  for (const table of existing) {
    const dropped = later.flatMap(([, fields]) => fields[table] ?? []);
    old[table] = (tables[table] ?? []).map((row) => {
      const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
      for (const field of dropped) dropField(copy, field);
      return copy;
    });
  }
  return old;
}
