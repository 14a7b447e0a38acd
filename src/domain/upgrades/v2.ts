// Version 2 (roadmap): requirements gained initiativeId; lanes and initiatives are new tables.
import { requirementDefaults } from '../rows/requirement';
import { fillMissing, type TableUpgrades } from './rows';

export const toVersion2: TableUpgrades = {
  requirements: (row) => fillMissing(row, requirementDefaults(), ['initiativeId']),
};
