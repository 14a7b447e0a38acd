import { isDefaultStageKey } from '../domain/lifecycle';
import type { Stage } from '../domain/types';
import type { Translate } from '../i18n/translate';

/** A renamed stage shows the name as typed; a default one shows its name in the UI language. */
export function stageDisplayName(stage: Pick<Stage, 'key' | 'name'>, t: Translate): string {
  if (stage.name !== null) return stage.name;
  return isDefaultStageKey(stage.key) ? t(`stage.${stage.key}`) : t('stage.untitled');
}
