import { useId, useMemo, useState } from 'react';
import { addDays, daysBetween } from '../../domain/dates';
import {
  FORECAST_CONFIDENCE,
  FORECAST_TRIALS,
  forecastHowMany,
  forecastWhen,
  type ForecastResult,
} from '../../domain/analytics/forecast';
import type { FlowAnalytics } from '../../domain/analytics/flowAnalytics';
import { formatDay } from './formatDay';
import { useLocale, useT } from '../../ui/useT';

interface Props {
  data: FlowAnalytics;
  today: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Monte Carlo forecasts from the daily throughput of the chosen range. Ten
 * thousand trials take a few milliseconds, so they run as the inputs change.
 */
export function ForecastPanel({ data, today }: Props) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [byDay, setByDay] = useState(() => addDays(today, 28));
  const [itemsText, setItemsText] = useState(() => String(Math.max(1, data.inProgress.length)));
  const [seedText, setSeedText] = useState('1');
  const samples = data.dailyThroughput;
  const finished = samples.reduce((sum, n) => sum + n, 0);
  const seed = Number.parseInt(seedText, 10);
  const items = Number.parseInt(itemsText, 10);
  const dayValid = DAY.test(byDay) && byDay > today;
  const itemsValid = Number.isInteger(items) && items > 0 && items <= 100_000;
  const seedValid = Number.isInteger(seed) && seed >= 0;

  const howMany = useMemo(
    () => (dayValid && seedValid ? forecastHowMany({ samples, periods: daysBetween(today, byDay), seed }) : null),
    [samples, today, byDay, seed, dayValid, seedValid],
  );
  const when = useMemo(
    () => (itemsValid && seedValid ? forecastWhen({ samples, items, seed }) : null),
    [samples, items, seed, itemsValid, seedValid],
  );
  const refusal = (result: ForecastResult) =>
    result.ok
      ? null
      : t(result.reason === 'noHistory' ? 'analytics.forecast.noHistory' : 'analytics.forecast.noThroughput');

  return (
    <section className="analytics__forecast" aria-labelledby={`${id}-title`} data-testid="analytics-forecast">
      <h3 id={`${id}-title`}>{t('analytics.forecast.title')}</h3>
      <p className="analytics__definition">
        {t('analytics.forecast.definition', { trials: FORECAST_TRIALS.toLocaleString(locale) })}
      </p>
      <p data-testid="analytics-forecast-history">
        {t('analytics.forecast.history', {
          from: formatDay(data.range.from, locale, true),
          to: formatDay(data.range.to, locale, true),
          days: samples.length,
          finished,
        })}
      </p>
      <div className="analytics__forecast-inputs">
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('analytics.forecast.byDay')}</label>
          <input
            id={`${id}-day`}
            type="date"
            value={byDay}
            min={addDays(today, 1)}
            onChange={(e) => setByDay(e.target.value)}
            aria-invalid={!dayValid}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-items`}>{t('analytics.forecast.items')}</label>
          <input
            id={`${id}-items`}
            type="number"
            min={1}
            step={1}
            value={itemsText}
            onChange={(e) => setItemsText(e.target.value)}
            aria-invalid={!itemsValid}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-seed`}>{t('analytics.forecast.seed')}</label>
          <input
            id={`${id}-seed`}
            type="number"
            min={0}
            step={1}
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={!seedValid}
          />
        </div>
      </div>
      {!dayValid && <p role="alert">{t('analytics.forecast.badDay')}</p>}
      {!itemsValid && <p role="alert">{t('analytics.forecast.badItems')}</p>}
      {!seedValid && <p role="alert">{t('analytics.forecast.badSeed')}</p>}
      <table className="analytics__forecast-table">
        <thead>
          <tr>
            <th scope="col">{t('analytics.forecast.confidence')}</th>
            <th scope="col">
              {dayValid
                ? t('analytics.forecast.howManyBy', { day: formatDay(byDay, locale, true) })
                : t('analytics.forecast.howMany')}
            </th>
            <th scope="col">
              {itemsValid ? t('analytics.forecast.whenDone', { count: items }) : t('analytics.forecast.when')}
            </th>
          </tr>
        </thead>
        <tbody>
          {FORECAST_CONFIDENCE.map((c) => (
            <tr key={c}>
              <th scope="row">{t('analytics.forecast.percent', { c })}</th>
              <td>
                {howMany
                  ? (refusal(howMany) ??
                    (howMany.ok ? t('analytics.forecast.atLeast', { count: howMany.values[c] }) : ''))
                  : '–'}
              </td>
              <td>
                {when
                  ? (refusal(when) ??
                    (when.ok
                      ? t('analytics.forecast.onOrBefore', {
                          day: formatDay(addDays(today, when.values[c]), locale, true),
                        })
                      : ''))
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
