// A gate item in the user's language: a manual item by its label as typed, a rule by its name.
import type { Translate } from '../i18n/translate';
import { GATE_RULES, type GateItem } from '../domain/types';

export function gateItemName(item: Pick<GateItem, 'label' | 'rule'>, t: Translate): string {
  return item.rule === null ? item.label : t(`gate.rule.${item.rule}`);
}

/** The names of the missing items a `gateBlocked` error or a `gateSkipped` event carries (see domain/gates). */
export function gateTokenNames(tokens: readonly string[], t: Translate): string {
  return tokens
    .map((token) => {
      const rule = GATE_RULES.find((r) => token === `rule:${r}`);
      return rule ? t(`gate.rule.${rule}`) : token;
    })
    .join(', ');
}
