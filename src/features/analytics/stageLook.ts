// How charts name and colour a stage: the stage's own name (renames show
// everywhere, history included) and colour, by id.
import type { Stage } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { stageDisplayName } from '../../ui/stageName';

export interface StageLook {
  name: (stageId: string) => string;
  color: (stageId: string) => string;
}

export function stageLook(stages: readonly Stage[], t: Translate): StageLook {
  const byId = new Map(stages.map((s) => [s.id, s]));
  return {
    name: (id) => {
      const stage = byId.get(id);
      if (!stage) return t('stage.untitled');
      const name = stageDisplayName(stage, t);
      return stage.deleted ? t('analytics.stage.deleted', { name }) : name;
    },
    color: (id) => byId.get(id)?.color ?? '#94a3b8',
  };
}
