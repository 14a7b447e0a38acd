// Velocity: committed vs completed points of the last closed iterations.
import type { Iteration } from './types';
import { roundPoints } from './capacity';

export interface VelocityBar {
  iterationId: string;
  name: string;
  committed: number;
  completed: number;
}

/** The last `count` closed iterations, oldest first (by end date, then when they closed). */
export function velocitySeries(iterations: readonly Iteration[], count = 6): VelocityBar[] {
  return iterations
    .filter((i) => i.state === 'closed' && !i.deleted)
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))
    .slice(-count)
    .map((i) => ({
      iterationId: i.id,
      name: i.name,
      committed: i.committedPoints ?? 0,
      completed: i.completedPoints ?? 0,
    }));
}

/** Mean completed points per iteration, or null with no history. */
export function averageVelocity(bars: readonly VelocityBar[]): number | null {
  if (bars.length === 0) return null;
  return roundPoints(bars.reduce((sum, b) => sum + b.completed, 0) / bars.length);
}
