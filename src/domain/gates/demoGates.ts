// The demo product's stage gates (issue 18): what a PM would want before work moves on, all in
// warn mode so the demo shows what was skipped without refusing a move.
import type { DefaultStageKey, GateItem, GateRule, StageGate } from '../types';

type Lang = 'en' | 'zh';
type Item = GateRule | { en: string; zh: string };

const DEMO_GATES: Partial<Record<DefaultStageKey, Item[]>> = {
  analysis: [{ en: 'Problem statement written', zh: '已写清问题陈述' }, 'successMetric', 'score'],
  design: [{ en: 'PRD linked', zh: '已关联 PRD' }, 'acceptanceCriteria', 'owner'],
  testing: [{ en: 'QA sign-off', zh: 'QA 已签字确认' }, 'estimate'],
};

export function demoGates(lang: Lang, newId: () => string): Partial<Record<DefaultStageKey, StageGate>> {
  const gates: Partial<Record<DefaultStageKey, StageGate>> = {};
  for (const [key, items] of Object.entries(DEMO_GATES) as [DefaultStageKey, Item[]][]) {
    gates[key] = {
      mode: 'warn',
      items: items.map((item): GateItem =>
        typeof item === 'string'
          ? { id: newId(), label: '', rule: item }
          : { id: newId(), label: item[lang], rule: null },
      ),
    };
  }
  return gates;
}
