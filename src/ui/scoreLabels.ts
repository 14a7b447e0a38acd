// How scores read in the detail panel and the prioritise view (both lazy, with
// the priority catalogue loaded). The card badge has its own, smaller one.
import '../i18n/cardMessages';
import { FRAMEWORK_NAMES, formatScoreValue } from '../domain/scoring/format';
import { scoreOf, type Framework } from '../domain/scoring/score';
import type { RICE_IMPACTS, Scores } from '../domain/scoring/types';
import type { MessageKey, Translate } from '../i18n/translate';

export const IMPACT_NAMES: Record<(typeof RICE_IMPACTS)[number], MessageKey> = {
  3: 'priority.impact.massive',
  2: 'priority.impact.high',
  1: 'priority.impact.medium',
  0.5: 'priority.impact.low',
  0.25: 'priority.impact.minimal',
};

/** "RICE score: 200", or "RICE: not scored" while an input is missing. */
export function scoreText(t: Translate, scores: Scores, framework: Framework): string {
  const name = FRAMEWORK_NAMES[framework];
  const value = scoreValueText(t, scores, framework);
  return value === null
    ? t('priority.scores.notScored', { framework: name })
    : t('priority.scores.score', { framework: name, value });
}

/** The score alone ("200", "Must have"), or null when not scored. */
export function scoreValueText(t: Translate, scores: Scores, framework: Framework): string | null {
  if (framework === 'moscow') return scores.moscow === null ? null : t(`score.moscow.${scores.moscow}`);
  if (framework === 'kano') return scores.kano === null ? null : t(`score.kano.${scores.kano}`);
  const value = scoreOf(scores, framework);
  return value === null ? null : formatScoreValue(value);
}
