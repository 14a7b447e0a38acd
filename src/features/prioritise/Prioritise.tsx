import { useId } from 'react';
import { productSettingsRepository } from '../../db/productSettingsAccess';
import { FRAMEWORK_NAMES } from '../../domain/scoring/format';
import type { Framework } from '../../domain/scoring/score';
import { CARD_SCORES, type CardScore } from '../../domain/scoring/types';
import type { Product } from '../../domain/types';
import { recordChange } from '../../state/history';
import { setRankingFramework, usePrioritiseUi } from '../../state/prioritiseUi';
import { useT } from '../../ui/useT';
import { cardScoreEntry } from './cardScoreHistory';
import { ImpactEffortMatrix } from './ImpactEffortMatrix';
import { RankedList } from './RankedList';
import { useTrackedSave } from '../../ui/useTrackedSave';
import { useActiveRequirements } from '../activeRequirements';
import './prioritise.css';

const FRAMEWORKS: Framework[] = ['rice', 'ice', 'wsjf', 'moscow', 'kano'];

/** The prioritise view: a ranking by one framework, and the impact/effort matrix. */
export function Prioritise({ product }: { product: Product }) {
  const t = useT();
  const save = useTrackedSave();
  const cardScoreId = useId();
  const requirements = useActiveRequirements(product.id);
  const chosen = usePrioritiseUi((s) => s.framework);
  const cardScore = product.settings.cardScore;
  const framework: Framework = chosen ?? (cardScore === 'none' ? 'rice' : cardScore);

  return (
    <section className="prioritise" aria-label={t('priority.view.label', { product: product.name })}>
      <div className="prioritise__toolbar">
        <div className="segmented" role="group" aria-label={t('priority.rankBy')}>
          {FRAMEWORKS.map((option) => (
            <button
              key={option}
              type="button"
              className="button"
              aria-pressed={framework === option}
              onClick={() => setRankingFramework(option)}
            >
              {FRAMEWORK_NAMES[option]}
            </button>
          ))}
        </div>
        <span className="app__spacer" />
        <label htmlFor={cardScoreId}>{t('priority.cardScore')}</label>
        <select
          id={cardScoreId}
          value={cardScore}
          onChange={(e) => {
            const next = CARD_SCORES.find((value: CardScore) => value === e.target.value);
            if (!next) return;
            void save(productSettingsRepository.updateProductSettings(product.id, { cardScore: next })).then(
              (saved) => {
                if (saved && saved.version !== product.version) recordChange(cardScoreEntry(product, saved));
              },
            );
          }}
        >
          {CARD_SCORES.map((value) => (
            <option key={value} value={value}>
              {value === 'none' ? t('priority.cardScore.none') : FRAMEWORK_NAMES[value]}
            </option>
          ))}
        </select>
      </div>
      {!requirements ? (
        <p className="board__loading">{t('app.loading')}</p>
      ) : (
        <div className="prioritise__body">
          <RankedList requirements={requirements} framework={framework} />
          <ImpactEffortMatrix requirements={requirements} />
        </div>
      )}
    </section>
  );
}
