import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { repositories } from '../../db';
import { bulkRequirements } from '../../db/tableAccess';
import type { CardScore } from '../../domain/scoring/types';
import type { Member, Requirement, Stage } from '../../domain/types';
import { useActiveRequirements } from '../activeRequirements';

export interface TableData {
  stages: Stage[];
  members: Map<string, Member>;
  rows: Requirement[];
  byId: Map<string, Requirement>;
  cardScore: CardScore;
}

/** The table's rows, read live: the active requirements, or the archived ones when that filter is on. */
export function useTableData(productId: string, archived: boolean): TableData | undefined {
  const stages = useLiveQuery(() => repositories.stages.listStages(productId), [productId]);
  // With removed members: a requirement still names its owner, "(removed)"; the selects offer the others.
  const members = useLiveQuery(() => repositories.products.listMembersWithRemoved(productId), [productId]);
  const product = useLiveQuery(() => repositories.products.getProduct(productId), [productId]);
  const active = useActiveRequirements(productId);
  // Archived rows are read live, and only while the archived filter is on.
  const archivedRows = useLiveQuery(
    () => (archived ? bulkRequirements.listArchived(productId) : undefined),
    [productId, archived],
  );
  const rows = archived ? archivedRows : active;
  return useMemo(() => {
    if (!stages || !members || !rows || !product) return undefined;
    return {
      stages,
      members: new Map(members.map((m) => [m.id, m])),
      rows,
      byId: new Map(rows.map((r) => [r.id, r])),
      cardScore: product.settings.cardScore,
    };
  }, [stages, members, rows, product]);
}
