import '../../i18n/reviewMessages';
import { countVerdicts, hitRate } from '../../domain/review/summary';
import type { Requirement } from '../../domain/types';
import { formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../ui/useT';

/** An initiative's requirements' verdicts and hit rate, as text (the roadmap's initiative editor). */
export function InitiativeVerdicts({ requirements }: { requirements: readonly Pick<Requirement, 'verdict'>[] }) {
  const t = useT();
  const locale = useLocale();
  const counts = countVerdicts(requirements);
  const rate = hitRate(counts);
  if (counts.hit + counts.partly + counts.missed + counts.inconclusive === 0) return null;
  const conclusive = counts.hit + counts.partly + counts.missed;
  return (
    <p className="linked__verdicts" data-testid="initiative-verdicts">
      {t('review.verdicts.summary', counts)} · {t('review.hitRate')}:{' '}
      {rate === null
        ? t('review.hitRate.none')
        : t('review.hitRate.value', { rate: formatPercent(rate, locale), hit: counts.hit, conclusive })}
    </p>
  );
}
