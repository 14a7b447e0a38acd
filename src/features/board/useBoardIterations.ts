// Loads the product's iterations for the board once any card is in one (or the
// filter is on): the repository and its messages come in a lazy chunk, so a
// board without iterations pays nothing and the first paint never waits.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { IterationRepository } from '../../db/iterations';
import { resetBoardIterations, setBoardIterations } from '../../state/iterationBoard';

export function useBoardIterations(productId: string, anyPlanned: boolean): void {
  const [repository, setRepository] = useState<IterationRepository | null>(null);
  useEffect(() => () => resetBoardIterations(), [productId]);
  useEffect(() => {
    if (!anyPlanned || repository) return;
    let live = true;
    void Promise.all([import('../../db/iterationsAccess'), import('../../i18n/iterationsMessages')]).then(
      ([access]) => live && setRepository(access.iterationRepository),
      // Badges are a convenience: the board works without them.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [anyPlanned, repository]);
  const iterations = useLiveQuery(() => repository?.listIterations(productId), [repository, productId]);
  useEffect(() => {
    if (iterations) setBoardIterations(iterations);
  }, [iterations]);
}
