import { describe, expect, it } from 'vitest';
import { forecastHowMany, forecastWhen } from './forecast';

describe('Monte Carlo forecast', () => {
  it('matches the closed form when throughput never varies', () => {
    const samples = [2, 2, 2, 2];
    expect(forecastHowMany({ samples, periods: 10, seed: 1 })).toEqual({
      ok: true,
      values: { 50: 20, 85: 20, 95: 20 },
    });
    // 7 items at 2 a day: the fourth day.
    expect(forecastWhen({ samples, items: 7, seed: 1 })).toEqual({ ok: true, values: { 50: 4, 85: 4, 95: 4 } });
  });

  it('gives the same answer for the same seed, and is more cautious at higher confidence', () => {
    const samples = [0, 1, 3, 0, 2, 5, 1];
    const a = forecastWhen({ samples, items: 30, seed: 42 });
    expect(forecastWhen({ samples, items: 30, seed: 42 })).toEqual(a);
    const many = forecastHowMany({ samples, periods: 14, seed: 42 });
    expect(forecastHowMany({ samples, periods: 14, seed: 42 })).toEqual(many);
    if (!a.ok || !many.ok) throw new Error('expected forecasts');
    expect(a.values[50]).toBeLessThanOrEqual(a.values[85]);
    expect(a.values[85]).toBeLessThanOrEqual(a.values[95]);
    expect(many.values[50]).toBeGreaterThanOrEqual(many.values[85]);
    expect(many.values[85]).toBeGreaterThanOrEqual(many.values[95]);
    // Mean 12/7 a day over 14 days is 24 items; the median trial lands near it.
    expect(Math.abs(many.values[50] - 24)).toBeLessThanOrEqual(2);
  });

  it('refuses when there is no history or nothing was finished in it', () => {
    expect(forecastHowMany({ samples: [], periods: 5, seed: 1 })).toEqual({ ok: false, reason: 'noHistory' });
    expect(forecastWhen({ samples: [0, 0, 0], items: 3, seed: 1 })).toEqual({ ok: false, reason: 'noThroughput' });
  });
});
