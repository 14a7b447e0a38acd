// Stage gates (issue 18): which exit items of a stage a requirement meets. Pure, so the
// write path, the card and the detail panel agree; loaded on demand (not at start-up).
import { CairnWriteError } from '../errors';
import { scoreOf } from '../scoring/score';
import type { CardScore } from '../scoring/types';
import type { GateItem, GateRule, Requirement, Stage, StageGate } from '../types';

/** The requirement's fields a gate reads; a manual item is met when its id is in `gateTicks`. */
export type GateFields = Pick<
  Requirement,
  | 'description'
  | 'successMetric'
  | 'scores'
  | 'acceptanceCriteria'
  | 'ownerId'
  | 'estimate'
  | 'initiativeId'
  | 'gateTicks'
>;

/**
 * "score" means the product's card score is set. A product that shows no score on its
 * cards ('none') still asked for a score: any framework with a value meets the rule.
 */
function hasScore(r: GateFields, cardScore: CardScore): boolean {
  if (cardScore !== 'none') return scoreOf(r.scores, cardScore) !== null;
  return (['rice', 'ice', 'wsjf', 'moscow', 'kano'] as const).some((f) => scoreOf(r.scores, f) !== null);
}

export function ruleMet(rule: GateRule, r: GateFields, cardScore: CardScore): boolean {
  switch (rule) {
    case 'description':
      return r.description.trim() !== '';
    case 'successMetric':
      return r.successMetric !== null && r.successMetric.name.trim() !== '';
    case 'score':
      return hasScore(r, cardScore);
    case 'acceptanceCriteria':
      return r.acceptanceCriteria.some((item) => item.text.trim() !== '');
    case 'owner':
      return r.ownerId !== null;
    case 'estimate':
      return r.estimate !== null;
    case 'initiative':
      return r.initiativeId !== null;
  }
}

export function itemMet(item: GateItem, r: GateFields, cardScore: CardScore): boolean {
  return item.rule === null ? r.gateTicks.includes(item.id) : ruleMet(item.rule, r, cardScore);
}

export interface GateProgress {
  done: number;
  total: number;
  /** The unmet items, in the gate's order. */
  missing: GateItem[];
}

/** How far a requirement is through a gate; an 'off' gate counts nothing. */
export function gateProgress(gate: StageGate, r: GateFields, cardScore: CardScore): GateProgress {
  if (gate.mode === 'off') return { done: 0, total: 0, missing: [] };
  const missing = gate.items.filter((item) => !itemMet(item, r, cardScore));
  return { done: gate.items.length - missing.length, total: gate.items.length, missing };
}

export type GateVerdict = { kind: 'pass' } | { kind: 'warn' | 'block'; missing: GateItem[] };

/**
 * What leaving `from` for `to` means for the requirement. Only a move forward (to a stage
 * later on the board) passes the gate: moving back, or within the stage, reopens work and is
 * never held up. A jump over several stages checks the gate of the stage it leaves.
 */
export function checkGateExit(
  from: Pick<Stage, 'id' | 'rank' | 'gate'>,
  to: Pick<Stage, 'id' | 'rank'>,
  r: GateFields,
  cardScore: CardScore,
): GateVerdict {
  if (from.id === to.id || to.rank <= from.rank) return { kind: 'pass' };
  const { missing } = gateProgress(from.gate, r, cardScore);
  if (missing.length === 0) return { kind: 'pass' };
  return { kind: from.gate.mode === 'strict' ? 'block' : 'warn', missing };
}

/** The gates of the stages before `stage` on the board whose items the requirement skipped (warn). */
export function skippedGates(
  stages: readonly Pick<Stage, 'rank' | 'gate'>[],
  stage: Pick<Stage, 'rank'>,
  r: GateFields,
  cardScore: CardScore,
): GateItem[] {
  return stages
    .filter((s) => s.rank < stage.rank && s.gate.mode !== 'off')
    .flatMap((s) => gateProgress(s.gate, r, cardScore).missing);
}

/** How a missing item is named in an error or event: a manual item's label, or `rule:<rule>`. */
export function gateItemToken(item: GateItem): string {
  return item.rule === null ? item.label : `rule:${item.rule}`;
}

/** The refusal of a strict gate: `details.missing` holds one `gateItemToken` a line. */
export function gateBlockedError(title: string, missing: readonly GateItem[]): CairnWriteError {
  const tokens = missing.map(gateItemToken);
  return new CairnWriteError('gateBlocked', `${title} cannot pass a strict gate: ${tokens.join(', ')} missing`, {
    title,
    missing: tokens.join('\n'),
  });
}

/** Leaving `from` for `to`: throws `gateBlocked` at a strict gate, else the tokens of what a warn gate let through. */
export function passGateOrThrow(
  from: Pick<Stage, 'id' | 'rank' | 'gate'>,
  to: Pick<Stage, 'id' | 'rank'>,
  r: GateFields & { title: string },
  cardScore: CardScore,
): string[] {
  const verdict = checkGateExit(from, to, r, cardScore);
  if (verdict.kind === 'pass') return [];
  if (verdict.kind === 'block') throw gateBlockedError(r.title, verdict.missing);
  return verdict.missing.map(gateItemToken);
}
