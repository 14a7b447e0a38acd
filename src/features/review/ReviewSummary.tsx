import { useId, useMemo, useState } from 'react';
import { dayOf } from '../../domain/dates';
import { safeFileStem } from '../../domain/export/fileName';
import { reviewSummary, type SummaryPeriod } from '../../domain/review/summary';
import { reviewSummaryMarkdown } from '../../domain/review/summaryMarkdown';
import type { Requirement } from '../../domain/types';
import { formatPercent } from '../../i18n/format';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { downloadBlob } from '../../ui/download';
import { useLocale, useT } from '../../ui/useT';
import { periodName, summaryLabels } from './summaryLabels';

const localDay = (at: string) => dayOf(new Date(at));

/** Verdicts, hit rate and learnings per month or quarter, exported for the retrospective. */
export function ReviewSummary({ productName, reviewed }: { productName: string; reviewed: readonly Requirement[] }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [period, setPeriod] = useState<SummaryPeriod>('month');
  const [exporting, setExporting] = useState(false);
  const periods = useMemo(() => reviewSummary(reviewed, period, localDay), [reviewed, period]);
  const stem = `${safeFileStem(productName)}-review-${dayOf(new Date())}`;

  const markdown = () => reviewSummaryMarkdown(periods, summaryLabels(productName, period, t, locale));
  const exportMarkdown = () => {
    downloadBlob(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }), `${stem}.md`);
  };
  const exportPdf = async () => {
    setExporting(true);
    try {
      // The PDF writer and its fonts are the roadmap export's: loaded on this click only.
      const { markdownToPdf } = await import('../roadmap');
      const title = t('review.summary.title', { product: productName });
      downloadBlob(await markdownToPdf(markdown(), { title, locale }), `${stem}.pdf`);
    } catch (e) {
      showToast({ tone: 'error', message: describeError(e, t) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="review__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('review.summary.heading')}</h3>
      <div className="review__toolbar">
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('review.summary.period')}</label>
          <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value as SummaryPeriod)}>
            <option value="month">{t('review.summary.month')}</option>
            <option value="quarter">{t('review.summary.quarter')}</option>
          </select>
        </div>
        <button type="button" className="button" disabled={periods.length === 0} onClick={exportMarkdown}>
          {t('review.summary.exportMarkdown')}
        </button>
        <button
          type="button"
          className="button"
          disabled={periods.length === 0 || exporting}
          onClick={() => void exportPdf()}
        >
          {t('review.summary.exportPdf')}
        </button>
      </div>
      {periods.length === 0 ? (
        <p className="review__empty">{t('review.summary.empty')}</p>
      ) : (
        <table className="review__table">
          <thead>
            <tr>
              <th scope="col">{t('review.summary.period')}</th>
              <th scope="col">{t('review.verdict')}</th>
              <th scope="col">{t('review.hitRate')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.start}>
                <th scope="row">{periodName(p.start, period, t, locale)}</th>
                <td>{t('review.verdicts.summary', p.counts)}</td>
                <td>{p.hitRate === null ? t('review.hitRate.none') : formatPercent(p.hitRate, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
