// A product's active requirements for the views that list them all (table, prioritise, iterations,
// workload, feedback, competitors, an initiative's links), read the way the board reads them: in
// pages, then kept in step with each write (db/boardWatch.ts). A live query re-read every row after
// every write; at 100,000 requirements opening the table blocked the page for 700 ms, and each edit
// in it read all of them again.
import { useEffect, useMemo, useState } from 'react';
import { repositories } from '../../db';
import { rowsInIndexOrder, type BoardRows } from '../../domain/boardRows';
import type { Requirement } from '../../domain/types';

/** The active requirements in the board index's order (as `listBoardRequirements` reads them); undefined until read. */
export function useActiveRequirements(productId: string): Requirement[] | undefined {
  const [watched, setWatched] = useState<{ productId: string; board: BoardRows } | null>(null);
  const [failure, setFailure] = useState<{ productId: string; error: unknown } | null>(null);
  useEffect(
    () =>
      repositories.requirements.watchBoardRows(
        productId,
        (board) => setWatched({ productId, board }),
        (error) => setFailure({ productId, error }),
      ),
    [productId],
  );
  // The app's error boundary shows a failed read, as it does for a live query's.
  if (failure?.productId === productId) throw failure.error;
  const board = watched?.productId === productId ? watched.board : undefined;
  return useMemo(() => board && rowsInIndexOrder(board), [board]);
}
