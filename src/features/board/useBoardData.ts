import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { repositories } from '../../db';
import type { Member, Requirement, Stage } from '../../domain/types';
import { clearPendingMove, useBoardUi } from '../../state/boardUi';
import { countsWithPending, groupByStage, settledMoves, type Columns } from './columns';

export interface BoardData {
  stages: Stage[];
  columns: Columns;
  byId: Map<string, Requirement>;
  members: Map<string, Member>;
  /** Active requirements per stage, whether or not all are loaded yet. */
  counts: Record<string, number>;
  total: number;
  /** False while only the first screen is loaded: columns hold their top cards, counts are exact. */
  complete: boolean;
}

/** More than a tall screen shows of one column, so the first paint needs nothing else. */
const FIRST_SCREEN_ROWS = 24;

type FirstScreen = Awaited<ReturnType<typeof repositories.requirements.listFirstScreen>>;

/**
 * The board's persistent data, read live (other tabs included): stages,
 * active requirements in one index range, and members. Start-up reads the
 * first screen only (each column's top cards and counts), paints, and then
 * loads the whole board. Pending moves from this tab are laid over the rows
 * until the database shows them.
 */
export function useBoardData(productId: string): BoardData | undefined {
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const [first, setFirst] = useState<{ productId: string; screen: FirstScreen } | null>(null);
  const firstScreen = first?.productId === productId ? first.screen : undefined;
  const stageKey = stages?.map((s) => s.id).join(' ');

  useEffect(() => {
    if (stageKey === undefined) return;
    let current = true;
    repositories.requirements.listFirstScreen(productId, stageKey.split(' ').filter(Boolean), FIRST_SCREEN_ROWS).then(
      (screen) =>
        current && setFirst((previous) => (previous?.productId === productId ? previous : { productId, screen })),
      // The full read below reports what went wrong; the first screen is only a head start.
      () => current && setFirst({ productId, screen: { rows: [], counts: {} } }),
    );
    return () => {
      current = false;
    };
    // Once per product: later stage edits are picked up by the live query of the whole board.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [productId, stageKey !== undefined]);

  // Started once the first screen is in, so reading 10,000 rows does not hold up its paint.
  const started = firstScreen !== undefined;
  const requirements = useLiveQuery(
    () => (started ? repositories.requirements.listBoardRequirements(productId) : undefined),
    [productId, started],
  );
  const pending = useBoardUi((s) => s.pendingMoves);

  useEffect(() => {
    if (requirements) for (const id of settledMoves(requirements, pending)) clearPendingMove(id);
  }, [requirements, pending]);

  return useMemo(() => {
    const rows = requirements ?? firstScreen?.rows;
    if (!stages || !rows || !members) return undefined;
    const stageIds = stages.map((s) => s.id);
    const columns = groupByStage(stageIds, rows, pending);
    const byId = new Map<string, Requirement>();
    for (const column of Object.values(columns)) for (const r of column) byId.set(r.id, r);
    const counts: Record<string, number> = {};
    if (requirements) for (const id of stageIds) counts[id] = columns[id]?.length ?? 0;
    else Object.assign(counts, countsWithPending(stageIds, firstScreen?.counts ?? {}, rows, pending));
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      stages,
      columns,
      byId,
      members: new Map(members.map((m) => [m.id, m])),
      counts,
      total,
      complete: requirements !== undefined,
    };
  }, [stages, requirements, firstScreen, members, pending]);
}
