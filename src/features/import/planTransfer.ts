// How a plan crosses from the import worker to the page. A 10,000-row plan posted as objects is
// rebuilt by the page in one task when the message arrives (80–170 ms measured, issue 16); as JSON
// strings of CHUNK requirements it arrives as plain text, the preview needs only the counts, and the
// rows are parsed a chunk per task in the background while the PM maps and previews.
import { countPlan, type ImportPlan, type PlanCounts, type PlanRequirement } from '../../domain/import/plan';

/** Requirements per JSON chunk: one chunk is parsed per task, well under a frame at 500. */
export const CHUNK = 500;

export interface PackedRequirements {
  counts: PlanCounts;
  /** JSON arrays of PlanRequirement, in plan order. */
  chunks: string[];
}

/** The plan without its requirements (stages, priorities, problems… for the mapping and preview), and the requirements packed. */
export function packPlan(plan: ImportPlan): { plan: ImportPlan; packed: PackedRequirements } {
  const chunks: string[] = [];
  for (let from = 0; from < plan.requirements.length; from += CHUNK) chunks.push(JSON.stringify(plan.requirements.slice(from, from + CHUNK)));
  return { plan: { ...plan, requirements: [] }, packed: { counts: countPlan(plan), chunks } };
}

/**
 * Yields to the page between chunks, so input and paint go on while a big plan is unpacked
 * (a message, not setTimeout, which browsers stretch to 4 ms after a few in a row).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The plan's requirements again, a chunk per task. Rejects with `signal`'s reason when it is
 * aborted (Cancel) between chunks, and when the rows are not the count the preview showed.
 */
export async function unpackRequirements(packed: PackedRequirements, signal?: AbortSignal): Promise<PlanRequirement[]> {
  const requirements: PlanRequirement[] = [];
  for (const chunk of packed.chunks) {
    signal?.throwIfAborted();
    // Our own worker's JSON of rows it built; every row is checked against the schema again before it is written (db/import.ts).
    const rows: unknown = JSON.parse(chunk);
    if (!Array.isArray(rows)) throw new Error('The import worker sent requirements that are not a list');
    for (const row of rows as PlanRequirement[]) requirements.push(row);
    await nextTask();
  }
  signal?.throwIfAborted();
  if (requirements.length !== packed.counts.requirements) {
    throw new Error(`The import holds ${requirements.length} requirements, not the ${packed.counts.requirements} previewed`);
  }
  return requirements;
}
