// How a plan crosses from the import worker to the page. A 10,000-row plan posted as objects is
// rebuilt by the page in one task when the message arrives (80–170 ms measured, issue 16); as JSON
// strings of CHUNK requirements it arrives as plain text, the preview needs only the counts, and the
// rows are parsed a chunk per task when the PM presses Import.
import { z } from 'zod/mini';
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

// The chunks come from our own worker; the check is only that each is the array it claims to be,
// so a broken message fails here with a clear error instead of half-way through the write.
const chunkSchema = z.array(z.looseObject({ key: z.string(), title: z.string(), stageKey: z.string() }));

/** Yields to the page between chunks, so input and paint go on while a big plan is unpacked. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The plan's requirements again, a chunk per task. Rejects with `signal`'s reason when it is
 * aborted (Cancel) between chunks, and when the rows are not the count the preview showed.
 */
export async function unpackRequirements(packed: PackedRequirements, signal?: AbortSignal): Promise<PlanRequirement[]> {
  const requirements: PlanRequirement[] = [];
  for (const chunk of packed.chunks) {
    signal?.throwIfAborted();
    const rows = chunkSchema.parse(JSON.parse(chunk)) as unknown as PlanRequirement[];
    for (const row of rows) requirements.push(row);
    await nextTask();
  }
  signal?.throwIfAborted();
  if (requirements.length !== packed.counts.requirements) {
    throw new Error(`The import holds ${requirements.length} requirements, not the ${packed.counts.requirements} previewed`);
  }
  return requirements;
}
