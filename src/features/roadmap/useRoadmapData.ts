import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { repositories } from '../../db';
import { roadmapRepository } from '../../db/roadmapAccess';
import { doneStageIds, initiativeProgress } from '../../domain/roadmap/progress';
import type { Initiative, InitiativeProgress, Lane } from '../../domain/roadmap/types';
import type { Member, Requirement, Stage } from '../../domain/types';

export interface RoadmapData {
  lanes: Lane[];
  laneById: Map<string, Lane>;
  initiatives: Initiative[];
  byId: Map<string, Initiative>;
  progress: Map<string, InitiativeProgress>;
  linked: Map<string, Requirement[]>;
  members: Member[];
  stages: Stage[];
  doneStages: Set<string>;
}

const NO_PROGRESS: InitiativeProgress = { total: 0, done: 0, byCount: null, byEstimate: null };

export function progressOf(data: RoadmapData, id: string): InitiativeProgress {
  return data.progress.get(id) ?? NO_PROGRESS;
}

/**
 * The roadmap's persistent data, read live (other tabs included). Linked
 * requirements come from the initiativeId index, so a product with 10,000
 * unplanned requirements costs nothing here.
 */
export function useRoadmapData(productId: string): RoadmapData | undefined {
  const lanes = useLiveQuery(() => roadmapRepository.listLanes(productId), [productId]);
  const initiatives = useLiveQuery(() => roadmapRepository.listInitiatives(productId), [productId]);
  const ids = useMemo(() => (initiatives ?? []).map((i) => i.id), [initiatives]);
  const requirements = useLiveQuery(() => roadmapRepository.listLinkedRequirements(ids), [ids]);
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);

  return useMemo(() => {
    if (!lanes || !initiatives || !requirements || !members || !stages) return undefined;
    const doneStages = doneStageIds(stages);
    const linked = new Map<string, Requirement[]>();
    for (const r of requirements) {
      if (r.initiativeId === null) continue;
      const list = linked.get(r.initiativeId) ?? [];
      list.push(r);
      linked.set(r.initiativeId, list);
    }
    const progress = new Map<string, InitiativeProgress>();
    for (const i of initiatives) {
      progress.set(
        i.id,
        // Requirements have no estimate yet: progress is by count only.
        initiativeProgress(
          (linked.get(i.id) ?? []).map((r) => ({ stageId: r.stageId, state: r.state, estimate: r.estimate })),
          doneStages,
        ),
      );
    }
    const liveLaneIds = new Set(lanes.map((l) => l.id));
    return {
      lanes,
      laneById: new Map(lanes.map((l) => [l.id, l])),
      // An initiative whose lane was deleted by another tab mid-write still shows, in the first lane.
      initiatives: initiatives.map((i) =>
        liveLaneIds.has(i.laneId) || lanes.length === 0 ? i : { ...i, laneId: lanes[0]?.id ?? i.laneId },
      ),
      byId: new Map(initiatives.map((i) => [i.id, i])),
      progress,
      linked,
      members,
      stages,
      doneStages,
    };
  }, [lanes, initiatives, requirements, members, stages]);
}
