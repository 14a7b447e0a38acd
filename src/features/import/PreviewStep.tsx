import { useId } from 'react';
import { hasBlockingProblems, type ImportPlan, type PlanCounts } from '../../domain/import/plan';
import { useLocale, useT } from '../../ui/useT';
import { useTCount } from '../../ui/useTCount';
import { numberFormat } from '../../i18n/format';

interface PreviewStepProps {
  plan: ImportPlan;
  counts: PlanCounts;
  /** 0..1 of the requirements written while the import is written; null otherwise. */
  writing: number | null;
  error: string | null;
}

const MAX_SHOWN = 500;

export function PreviewStep({ plan, counts, writing, error }: PreviewStepProps) {
  const t = useT();
  const tc = useTCount();
  const locale = useLocale();
  const number = numberFormat(locale);
  const countsId = useId();
  const problemsId = useId();
  const blocking = hasBlockingProblems(plan);
  const items = [
    tc('import.count.requirements', counts.requirements),
    tc('import.count.stages', counts.stages),
    tc('import.count.members', counts.members),
    tc('import.count.archived', counts.archived),
    tc('import.count.initiatives', counts.initiatives),
    tc('import.count.tags', counts.tags),
  ];
  return (
    <div className="import-step">
      <section aria-labelledby={countsId}>
        <h3 id={countsId} className="import-step__heading">
          {t('import.counts')}
        </h3>
        <ul className="import-counts" data-testid="import-counts">
          {items.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={problemsId}>
        <h3 id={problemsId} className="import-step__heading">
          {t('import.problems', { count: number.format(plan.problems.length) })}
        </h3>
        {plan.problems.length === 0 ? (
          <p>{t('import.problems.none')}</p>
        ) : (
          <>
            {blocking && (
              <p role="alert" className="import-error">
                {t('import.problems.blocking')}
              </p>
            )}
            <ul className="import-problems" data-testid="import-problems">
              {plan.problems.slice(0, MAX_SHOWN).map((problem, i) => (
                <li key={i} className={problem.blocking ? 'import-problems__error' : 'import-problems__warning'}>
                  <strong>{t(problem.blocking ? 'import.problem.error' : 'import.problem.warning')}</strong>{' '}
                  <code>{problem.where}</code>: {t(`import.problem.${problem.code}`)}
                  {problem.detail && <> ({problem.detail.slice(0, 200)})</>}
                </li>
              ))}
              {plan.problems.length > MAX_SHOWN && <li>…</li>}
            </ul>
          </>
        )}
      </section>
      {writing !== null && (
        <progress className="import-progress" aria-label={t('import.writing')} value={writing} max={1} />
      )}
      {error && (
        <p role="alert" className="import-error">
          {t('import.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
