// The product's chosen score on each card. The Board provides the framework,
// so a card reads it without a prop through every column and list. Kept apart
// from ui/scoreLabels on purpose: this is on the board's start-up path.
import { createContext, useContext } from 'react';
import { FRAMEWORK_NAMES, formatScoreValue } from '../../domain/scoring/format';
import { scoreOf } from '../../domain/scoring/score';
import type { CardScore, Scores } from '../../domain/scoring/types';
import { useT } from '../../ui/useT';

export const CardScoreContext = createContext<CardScore>('none');

export function ScoreBadge({ scores }: { scores: Scores }) {
  const t = useT();
  const framework = useContext(CardScoreContext);
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
