// The product's chosen score on each card.
import { FRAMEWORK_NAMES, formatScoreValue } from '../../../domain/scoring/format';
import { scoreOf } from '../../../domain/scoring/score';
import type { Scores } from '../../../domain/scoring/types';
import { useT } from '../../../ui/useT';
import { useExtrasData } from './store';

export function ScoreBadge({ scores }: { scores: Scores }) {
  const t = useT();
  const framework = useExtrasData((s) => s.cardScore);
  if (framework === 'none') return null;
  const score = scoreOf(scores, framework);
  const value =
    score === null
      ? null
      : framework === 'moscow' && scores.moscow
        ? t(`score.moscow.${scores.moscow}`)
        : framework === 'kano' && scores.kano
          ? t(`score.kano.${scores.kano}`)
          : formatScoreValue(score);
  return (
    <span className={value === null ? 'card__score card__score--none' : 'badge card__score'}>
      {t('card.score', { framework: FRAMEWORK_NAMES[framework], value: value ?? t('card.notScored') })}
    </span>
  );
}
