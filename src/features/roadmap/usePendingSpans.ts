import { useCallback, useEffect, useState } from 'react';
import type { Initiative } from '../../domain/roadmap/types';

export interface Placement {
  start: string;
  end: string;
  laneId: string;
}

/**
 * Moves shown before IndexedDB confirms them, so a dropped bar never jumps
 * back for a frame. Each is dropped once the live row shows it (or the write failed).
 */
export function usePendingSpans(byId: ReadonlyMap<string, Initiative>) {
  const [pending, setPending] = useState<Record<string, Placement>>({});

  useEffect(() => {
    setPending((current) => {
      const settled = Object.entries(current).filter(([id, p]) => {
        const row = byId.get(id);
        return !row || (row.start === p.start && row.end === p.end && row.laneId === p.laneId);
      });
      if (settled.length === 0) return current;
      const next = { ...current };
      for (const [id] of settled) delete next[id];
      return next;
    });
  }, [byId]);

  const add = useCallback((id: string, placement: Placement) => setPending((c) => ({ ...c, [id]: placement })), []);
  const drop = useCallback(
    (id: string) =>
      setPending((c) => {
        const next = { ...c };
        delete next[id];
        return next;
      }),
    [],
  );
  return { pending, add, drop };
}
