// Version 4 (workspace, iterations): requirements gained source, successMetric, scores and
// iterationId; stages gained done; products gained settings; seven tables are new.
import { requirementDefaults } from '../rows/requirement';
import { defaultProductSettings, isDoneByDefault } from '../types';
import { fillMissing, type TableUpgrades } from './rows';

export const toVersion4: TableUpgrades = {
  requirements: (row) => fillMissing(row, requirementDefaults(), ['source', 'successMetric', 'scores', 'iterationId']),
  // A stage that existed before version 4 is done when the lifecycle says so, as a new one would be.
  stages: (row) => fillMissing(row, { done: isDoneByDefault(typeof row.key === 'string' ? row.key : null) }, ['done']),
  products: (row) => fillMissing(row, { settings: defaultProductSettings() }, ['settings']),
};
