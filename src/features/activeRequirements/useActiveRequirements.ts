// A product's active requirements for the views that list them all (table, prioritise, iterations,
// workload, feedback, competitors, an initiative's links), read the way the board reads them: in
// pages, then kept in step with each write (db/boardWatch.ts). A live query re-read every row after
// every write; at 100,000 requirements opening the table blocked the page for 700 ms, and each edit
// in it read all of them again.
import { useMemo } from 'react';
import { rowsInIndexOrder } from '../../domain/boardRows';
import type { Requirement } from '../../domain/types';
import { useWatchedBoardRows } from './useWatchedBoardRows';

/** The active requirements in the board index's order (as `listBoardRequirements` reads them); undefined until read. */
export function useActiveRequirements(productId: string): Requirement[] | undefined {
  const board = useWatchedBoardRows(productId);
  return useMemo(() => board && rowsInIndexOrder(board), [board]);
}
