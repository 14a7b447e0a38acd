// Resolves the roadmap into RoadmapExportData: names instead of ids, derived
// horizons and progress, filtered by the export options. Exporters never read
// the database; they get exactly this.
import { compareRanks } from '../ranking';
import type { Member, Product, Requirement, Stage } from '../types';
import { horizonOf } from './horizon';
import { doneStageIds, initiativeProgress } from './progress';
import type { ExportOptions, Initiative, Lane, RoadmapExportData } from './types';

export interface RoadmapExportInput {
  product: Pick<Product, 'id' | 'name'>;
  lanes: readonly Lane[];
  initiatives: readonly Initiative[];
  requirements: readonly Requirement[];
  stages: readonly Stage[];
  members: readonly Member[];
  options: Pick<ExportOptions, 'from' | 'to' | 'laneIds' | 'includeRequirements'>;
  /** The stage's name as the reader should see it (renamed, or the default in the export's language). */
  stageName: (stage: Stage) => string;
  /** YYYY-MM-DD for the today line and derived horizons. */
  today: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** Stage keys counted as done; default released and review. */
  doneStageKeys?: readonly string[];
}

/** Undated initiatives are always exported; dated ones when they overlap [from, to]. */
function inRange(initiative: Initiative, from: string, to: string): boolean {
  if (initiative.start === null || initiative.end === null) return true;
  return initiative.start <= to && initiative.end >= from;
}

export function buildRoadmapExportData(input: RoadmapExportInput): RoadmapExportData {
  const { options } = input;
  const laneById = new Map(input.lanes.filter((l) => !l.deleted).map((l) => [l.id, l]));
  const lanes = options.laneIds.map((id) => laneById.get(id)).filter((l): l is Lane => l !== undefined);
  const laneOrder = new Map(lanes.map((l, i) => [l.id, i]));
  const memberName = new Map(input.members.map((m) => [m.id, m.name]));
  const stageById = new Map(input.stages.map((s) => [s.id, s]));
  const done = doneStageIds(input.stages, input.doneStageKeys);

  const initiatives = input.initiatives
    .filter((i) => !i.deleted && laneOrder.has(i.laneId) && inRange(i, options.from, options.to))
    .sort(
      (a, b) =>
        (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0) ||
        // Dated before undated, then by start, then by the PM's rank.
        Number(a.start === null) - Number(b.start === null) ||
        (a.start ?? '').localeCompare(b.start ?? '') ||
        compareRanks(a.rank, b.rank),
    );
  const included = new Set(initiatives.map((i) => i.id));

  const linked = new Map<string, Requirement[]>();
  for (const r of input.requirements) {
    if (r.state === 'deleted' || r.initiativeId === null || !included.has(r.initiativeId)) continue;
    const list = linked.get(r.initiativeId) ?? [];
    list.push(r);
    linked.set(r.initiativeId, list);
  }

  return {
    product: { id: input.product.id, name: input.product.name },
    generatedAt: input.generatedAt,
    today: input.today,
    lanes: lanes.map((l) => ({ id: l.id, name: l.name, color: l.color })),
    initiatives: initiatives.map((i) => {
      const lane = laneById.get(i.laneId);
      const requirements = linked.get(i.id) ?? [];
      return {
        id: i.id,
        laneId: i.laneId,
        title: i.title,
        description: i.description,
        start: i.start,
        end: i.end,
        horizon: horizonOf(i, input.today),
        milestone: i.milestone,
        status: i.status,
        owner: i.ownerId === null ? null : (memberName.get(i.ownerId) ?? null),
        color: i.color ?? lane?.color ?? '#64748b',
        // Requirements carry no estimate yet (a later schema version adds it).
        progress: initiativeProgress(
          requirements.map((r) => ({ stageId: r.stageId, state: r.state, estimate: r.estimate })),
          done,
        ),
      };
    }),
    requirements: options.includeRequirements
      ? initiatives.flatMap((i) =>
          (linked.get(i.id) ?? [])
            .sort((a, b) => a.title.localeCompare(b.title))
            .map((r) => {
              const stage = stageById.get(r.stageId);
              return {
                id: r.id,
                initiativeId: i.id,
                title: r.title,
                stage: stage ? input.stageName(stage) : '',
                priority: r.priority,
                owner: r.ownerId === null ? null : (memberName.get(r.ownerId) ?? null),
                estimate: r.estimate,
                done: done.has(r.stageId),
              };
            }),
        )
      : [],
  };
}
