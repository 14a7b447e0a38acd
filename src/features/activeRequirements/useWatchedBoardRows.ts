// The one hook over `watchBoardRows` (db/boardWatch.ts): the board and the views that list every
// active requirement hold their rows through it.
import { useEffect, useRef, useState } from 'react';
import { repositories } from '../../db';
import type { BoardRows } from '../../domain/boardRows';
import type { Requirement } from '../../domain/types';

/**
 * The product's active rows, read in pages once `start` is true and then kept in step with every
 * write; undefined until read. A failed read is thrown for the app's error boundary, as a live
 * query's is, and belongs to its product: another product reads afresh. `onPage` hears each page.
 */
export function useWatchedBoardRows(
  productId: string,
  start = true,
  onPage?: (rows: readonly Requirement[]) => void,
): BoardRows | undefined {
  const [watched, setWatched] = useState<{ productId: string; board: BoardRows } | null>(null);
  const [failure, setFailure] = useState<{ productId: string; error: unknown } | null>(null);
  const pageListener = useRef(onPage);
  pageListener.current = onPage;
  useEffect(() => {
    if (!start) return;
    return repositories.requirements.watchBoardRows(
      productId,
      (board) => setWatched({ productId, board }),
      (error) => setFailure({ productId, error }),
      (rows) => pageListener.current?.(rows),
    );
  }, [productId, start]);
  if (failure?.productId === productId) throw failure.error;
  return watched?.productId === productId ? watched.board : undefined;
}
