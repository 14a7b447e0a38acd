// Strict stage gates hold for an import into an existing product: a requirement that lands in a
// stage is taken to have passed every stage before it, so each strict gate before its stage must
// be met by the imported fields (an imported row has no ticks). One refusal aborts the import.
import { gateBlockedError, gateProgress } from '../domain/gates/evaluate';
import type { CardScore } from '../domain/scoring/types';
import type { Requirement, Stage } from '../domain/types';

export function importGateCheck(stages: readonly Stage[], cardScore: CardScore): (row: Requirement) => Requirement {
  const strict = stages.filter((s) => s.gate.mode === 'strict' && s.gate.items.length > 0);
  const rankOf = new Map(stages.map((s) => [s.id, s.rank]));
  return (row) => {
    const rank = rankOf.get(row.stageId);
    if (strict.length === 0 || row.state !== 'active' || rank === undefined) return row;
    const missing = strict.filter((s) => s.rank < rank).flatMap((s) => gateProgress(s.gate, row, cardScore).missing);
    if (missing.length > 0) throw gateBlockedError(row.title, missing);
    return row;
  };
}
