import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { repositories } from '../../db';
import type { Member, Requirement, Stage } from '../../domain/types';
import { clearPendingMove, useBoardUi } from '../../state/boardUi';
import { groupByStage, settledMoves, type Columns } from './columns';

export interface BoardData {
  stages: Stage[];
  columns: Columns;
  byId: Map<string, Requirement>;
  members: Map<string, Member>;
  total: number;
}

/**
 * The board's persistent data, read live (other tabs included): stages,
 * active requirements in one index range, and members. Pending moves from
 * this tab are laid over the rows until the database shows them.
 */
export function useBoardData(productId: string): BoardData | undefined {
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  const requirements = useLiveQuery(() => repositories.requirements.listBoardRequirements(productId), [productId]);
  const members = useLiveQuery(() => repositories.products.listMembers(productId), [productId]);
  const pending = useBoardUi((s) => s.pendingMoves);

  useEffect(() => {
    if (requirements) for (const id of settledMoves(requirements, pending)) clearPendingMove(id);
  }, [requirements, pending]);

  return useMemo(() => {
    if (!stages || !requirements || !members) return undefined;
    const columns = groupByStage(
      stages.map((s) => s.id),
      requirements,
      pending,
    );
    const byId = new Map<string, Requirement>();
    for (const column of Object.values(columns)) for (const r of column) byId.set(r.id, r);
    return { stages, columns, byId, members: new Map(members.map((m) => [m.id, m])), total: requirements.length };
  }, [stages, requirements, members, pending]);
}
