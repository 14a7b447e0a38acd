import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Requirement } from '../../domain/types';

type TableAccess = typeof import('../../db/tableAccess');

/** A product's archived requirements, read only while the "archived" filter is on (its reader loads on first use). */
export function useArchivedRows(productId: string, on: boolean): Requirement[] | undefined {
  const [access, setAccess] = useState<TableAccess | null>(null);
  useEffect(() => {
    if (on && !access) void import('../../db/tableAccess').then((module) => setAccess(module));
  }, [on, access]);
  return useLiveQuery(
    () => (on && access ? access.bulkRequirements.listArchived(productId) : undefined),
    [productId, on, access],
  );
}
