// Version 3 (import): requirements gained notes, links, startDate, estimate and dueDone; tags is new.
import { requirementDefaults } from '../rows/requirement';
import { fillMissing, type TableUpgrades } from './rows';

export const toVersion3: TableUpgrades = {
  requirements: (row) =>
    fillMissing(row, requirementDefaults(), ['notes', 'links', 'startDate', 'estimate', 'dueDone']),
};
