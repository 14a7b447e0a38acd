import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { repositories } from '../../db';
import { boardRowsOf, type BoardRows } from '../../domain/boardRows';
import type { Member, Requirement, Stage } from '../../domain/types';
import { clearPendingMove, useBoardUi } from '../../state/boardUi';
import { useWatchedBoardRows } from '../activeRequirements';
import { countsWithPending, settledMoves, withPending, type Columns } from './columns';

export interface BoardData {
  stages: Stage[];
  columns: Columns;
  byId: ReadonlyMap<string, Requirement>;
  members: Map<string, Member>;
  /** Active requirements per stage, whether or not all are loaded yet. */
  counts: Record<string, number>;
  total: number;
  /** False while only the first screen is loaded: columns hold their top cards, counts are exact. */
  complete: boolean;
}

/** More than a tall screen shows of one column, so the first paint needs nothing else. */
const FIRST_SCREEN_ROWS = 24;

interface FirstScreen {
  board: BoardRows;
  counts: Record<string, number>;
}

/**
 * The board's persistent data, kept in step with the database (other tabs included): stages,
 * members and the active requirements. Start-up reads the first screen only (each column's top
 * cards and counts), paints, and then reads the whole board once; after that only the rows a
 * write touched are read again (db/boardWatch.ts). Pending moves from this tab are laid over
 * the rows until the database shows them. `onPage` hears each page of a full read as it arrives.
 */
export function useBoardData(
  productId: string,
  onPage?: (rows: readonly Requirement[]) => void,
): BoardData | undefined {
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const [first, setFirst] = useState<{ productId: string; screen: FirstScreen } | null>(null);
  const firstScreen = first?.productId === productId ? first.screen : undefined;
  const stageKey = stages?.map((s) => s.id).join(' ');

  useEffect(() => {
    if (stageKey === undefined) return;
    let current = true;
    repositories.requirements.listFirstScreen(productId, stageKey.split(' ').filter(Boolean), FIRST_SCREEN_ROWS).then(
      ({ rows, counts }) =>
        current &&
        setFirst((previous) =>
          previous?.productId === productId ? previous : { productId, screen: { board: boardRowsOf(rows), counts } },
        ),
      // The full read below reports what went wrong; the first screen is only a head start.
      () => current && setFirst({ productId, screen: { board: boardRowsOf([]), counts: {} } }),
    );
    return () => {
      current = false;
    };
    // Once per product: later stage edits are picked up by the full board, which has every row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [productId, stageKey !== undefined]);

  // Started once the first screen is in, so reading every row does not hold up its paint.
  const started = firstScreen !== undefined;
  const full = useWatchedBoardRows(productId, started, onPage);
  const complete = full !== undefined;
  // For `npm run bench`: every row of the board is in memory.
  useEffect(() => {
    if (complete) performance.mark('cairn:board-complete');
  }, [complete]);
  const pending = useBoardUi((s) => s.pendingMoves);

  useEffect(() => {
    if (full) for (const id of settledMoves(full.byId, pending)) clearPendingMove(id);
  }, [full, pending]);
  // One map per members list, not per change of the rows: the search index refolds every row when it changes.
  const memberMap = useMemo(() => members && new Map(members.map((m) => [m.id, m])), [members]);

  return useMemo(() => {
    const board = full ?? firstScreen?.board;
    if (!stages || !board || !memberMap) return undefined;
    const stageIds = stages.map((s) => s.id);
    const { columns, byId } = withPending(stageIds, board, pending);
    const counts: Record<string, number> = full
      ? Object.fromEntries(stageIds.map((id) => [id, columns[id]?.length ?? 0]))
      : countsWithPending(stageIds, firstScreen?.counts ?? {}, [...board.byId.values()], pending);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      stages,
      columns,
      byId,
      members: memberMap,
      counts,
      total,
      complete: full !== undefined,
    };
  }, [stages, full, firstScreen, memberMap, pending]);
}
