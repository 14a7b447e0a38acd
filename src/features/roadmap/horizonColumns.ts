// Now / Next / Later as columns of initiative ids, and where a drop lands.
import { compareRanks } from '../../domain/ranking';
import { horizonOf } from '../../domain/roadmap/horizon';
import { HORIZONS, type Horizon, type Initiative } from '../../domain/roadmap/types';

export type HorizonColumns = Record<Horizon, Initiative[]>;

/** Every initiative in its horizon (derived from dates when it has them), ordered by rank. */
export function groupByHorizon(initiatives: readonly Initiative[], today: string): HorizonColumns {
  const columns: HorizonColumns = { now: [], next: [], later: [] };
  for (const i of initiatives) columns[horizonOf(i, today)].push(i);
  for (const h of HORIZONS) columns[h].sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id));
  return columns;
}

export function isHorizon(value: string): value is Horizon {
  return (HORIZONS as readonly string[]).includes(value);
}

/**
 * Where a dragged initiative lands: over a column, at its end; over an
 * initiative, in that initiative's place. Null when dropped on itself or nowhere.
 */
export function horizonDropTarget(
  columns: HorizonColumns,
  activeId: string,
  overId: string,
): { horizon: Horizon; index: number } | null {
  if (isHorizon(overId)) return { horizon: overId, index: columns[overId].filter((i) => i.id !== activeId).length };
  for (const horizon of HORIZONS) {
    const ids = columns[horizon].map((i) => i.id);
    const at = ids.indexOf(overId);
    if (at === -1) continue;
    const from = ids.indexOf(activeId);
    if (from === at) return null;
    // Moving down inside one column lands after the item passed over, like the board.
    const others = ids.filter((id) => id !== activeId);
    const index = from !== -1 && from < at ? others.indexOf(overId) + 1 : others.indexOf(overId);
    return { horizon, index };
  }
  return null;
}
