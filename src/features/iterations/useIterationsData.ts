import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { repositories } from '../../db';
import { iterationRepository } from '../../db/iterationsAccess';
import type { Iteration } from '../../domain/iterations/types';
import type { Member, Requirement, Stage } from '../../domain/types';
import { pointsPerPersonDay } from '../../domain/workload/capacity';
import { useActiveRequirements } from '../activeRequirements';

export interface IterationsData {
  iterations: Iteration[];
  requirements: Requirement[];
  stages: Stage[];
  members: Map<string, Member>;
  doneStageIds: Set<string>;
  /** Points per person-day from the closed iterations, for each member's capacity. */
  rate: number | null;
}

/** Everything the iterations view reads, live (other tabs and the board included). */
export function useIterationsData(productId: string): IterationsData | undefined {
  const iterations = useLiveQuery(() => iterationRepository.listIterations(productId), [productId]);
  const requirements = useActiveRequirements(productId);
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  // With removed members, so the load of what they still hold is named ("(removed)"), not "?".
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  return useMemo(() => {
    if (!iterations || !requirements || !stages || !members) return undefined;
    return {
      iterations,
      requirements,
      stages,
      members: new Map(members.map((m) => [m.id, m])),
      doneStageIds: new Set(stages.filter((s) => s.done).map((s) => s.id)),
      rate: pointsPerPersonDay(iterations),
    };
  }, [iterations, requirements, stages, members]);
}
