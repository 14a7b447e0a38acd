import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { repositories } from '../../db';
import { iterationRepository } from '../../db/iterationsAccess';
import { productFlowStages } from '../../domain/analytics/stageOrder';
import type { Iteration } from '../../domain/iterations/types';
import type { Member, Product } from '../../domain/types';
import { pointsPerPersonDay } from '../../domain/workload/capacity';
import { computeWorkload, holdsWork, openIterations, type PersonWorkload } from '../../domain/workload/workload';
import { useActiveRequirements } from '../activeRequirements';

export interface WorkloadData {
  members: Member[];
  rows: PersonWorkload[];
  iterations: Iteration[];
  /** Points per person-day from the closed iterations, or null without history. */
  rate: number | null;
}

/** Everything the Workload view shows, live: a card moved or an estimate changed elsewhere updates it. */
export function useWorkloadData(product: Product): WorkloadData | undefined {
  const productId = product.id;
  const iterations = useLiveQuery(() => iterationRepository.listIterations(productId), [productId]);
  const requirements = useActiveRequirements(productId);
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const { flowStartStageId, flowDoneStageId } = product.settings;
  return useMemo(() => {
    if (!iterations || !requirements || !stages || !members) return undefined;
    const flow = productFlowStages(stages, { flowStartStageId, flowDoneStageId });
    const all = computeWorkload({ memberIds: members.map((m) => m.id), requirements, stages, flow, iterations });
    // A removed member stays while they still hold work, so it is not hidden: it needs a new owner.
    const shown = members.flatMap((member, i) => {
      const row = all[i];
      return row && (!member.deleted || holdsWork(row)) ? [{ member, row }] : [];
    });
    return {
      members: shown.map((s) => s.member),
      iterations: openIterations(iterations),
      rate: pointsPerPersonDay(iterations),
      rows: shown.map((s) => s.row),
    };
  }, [iterations, requirements, stages, members, flowStartStageId, flowDoneStageId]);
}
