// Version 5 (gates, people, review loop): stages gained a gate; requirements gained gate ticks,
// contributors, a follow-up link and the review of their metric; product settings gained the
// review delay, the cycle-time stages and age markers.
import { requirementDefaults } from '../rows/requirement';
import { noGate } from '../rows/stage';
import { defaultProductSettings } from '../types';
import { fillMissing, type RawRow, type TableUpgrades } from './rows';

function isRecord(value: unknown): value is RawRow {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const toVersion5: TableUpgrades = {
  requirements: (row) =>
    fillMissing(row, requirementDefaults(), [
      'gateTicks',
      'contributors',
      'followUpOf',
      'reviewDate',
      'verdict',
      'reviewedAt',
      'learnings',
    ]),
  stages: (row) => fillMissing(row, { gate: noGate() }, ['gate']),
  // Settings is one object: the new keys are filled inside it, keeping what the product chose.
  products: (row) =>
    isRecord(row.settings) ? { ...row, settings: { ...defaultProductSettings(), ...row.settings } } : row,
};
