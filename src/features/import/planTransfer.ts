// How a plan crosses from the import worker to the page. A 10,000-row plan posted as objects is
// rebuilt by the page in one task when the message arrives (80–170 ms measured, issue 16). Instead
// its requirements travel as UTF-8 JSON, CHUNK rows a chunk, in one transferred buffer (no copy);
// the preview needs only the counts, and the rows are parsed a chunk per task in the background
// while the PM maps and previews.
import { countPlan, type ImportPlan, type PlanCounts, type PlanRequirement } from '../../domain/import/plan';

/** Requirements per JSON chunk: one chunk is parsed per task, well under a frame at 500. */
export const CHUNK = 500;

export interface PackedRequirements {
  counts: PlanCounts;
  /** UTF-8 JSON arrays of PlanRequirement, one after the other, in plan order. Transfer it. */
  bytes: ArrayBuffer;
  /** Where each chunk ends in `bytes`. */
  ends: number[];
}

/** The plan without its requirements (stages, priorities, problems… for the mapping and preview), and the requirements packed. */
export function packPlan(plan: ImportPlan): { plan: ImportPlan; packed: PackedRequirements } {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let from = 0; from < plan.requirements.length; from += CHUNK)
    chunks.push(encoder.encode(JSON.stringify(plan.requirements.slice(from, from + CHUNK))));
  const bytes = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  const ends: number[] = [];
  for (const chunk of chunks) {
    const start = ends.at(-1) ?? 0;
    bytes.set(chunk, start);
    ends.push(start + chunk.length);
  }
  return { plan: { ...plan, requirements: [] }, packed: { counts: countPlan(plan), bytes: bytes.buffer, ends } };
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
  const decoder = new TextDecoder();
  for (let i = 0; i < packed.ends.length; i++) {
    // Not in the caller's task: that one is often the worker message's own.
    await nextTask();
    signal?.throwIfAborted();
    const start = packed.ends[i - 1] ?? 0;
    // Our own worker's JSON of rows it built; every row is checked against the schema again before it is written (db/import.ts).
    const rows: unknown = JSON.parse(
      decoder.decode(new Uint8Array(packed.bytes, start, (packed.ends[i] ?? start) - start)),
    );
    if (!Array.isArray(rows)) throw new Error('The import worker sent requirements that are not a list');
    for (const row of rows as PlanRequirement[]) requirements.push(row);
  }
  signal?.throwIfAborted();
  if (requirements.length !== packed.counts.requirements) {
    throw new Error(
      `The import holds ${requirements.length} requirements, not the ${packed.counts.requirements} previewed`,
    );
  }
  return requirements;
}
