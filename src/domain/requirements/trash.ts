// Which requirements in the trash may be purged for good.
import type { Requirement } from '../types';

export const TRASH_RETENTION_DAYS = 30;

/** The instant before which a trashed requirement may be purged. */
export function purgeCutoff(now: string, days = TRASH_RETENTION_DAYS): string {
  return new Date(Date.parse(now) - days * 24 * 60 * 60 * 1000).toISOString();
}

/** In the trash and last changed (put there) before the cutoff. */
export function isPurgeable(row: Pick<Requirement, 'state' | 'updatedAt'>, cutoff: string): boolean {
  return row.state === 'deleted' && Date.parse(row.updatedAt) < Date.parse(cutoff);
}
