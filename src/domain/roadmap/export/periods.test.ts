import { describe, expect, it } from 'vitest';
import { fixtureLabels } from './exportFixture';
import { daysBetween } from '../../dates';
import { defaultExportRange, periodsFor } from './periods';

describe('periods', () => {
  it('defaults to the current quarter and the twelve months from it', () => {
    expect(defaultExportRange('2026-05-14')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(defaultExportRange('2026-12-31')).toEqual({ from: '2026-10-01', to: '2027-09-30' });
  });

  it('covers the range with whole months, quarters or halves', () => {
    const months = periodsFor('2026-04-15', '2026-06-02', 'month', fixtureLabels);
    expect(months.map((p) => [p.start, p.end, p.label])).toEqual([
      ['2026-04-01', '2026-05-01', 'Apr'],
      ['2026-05-01', '2026-06-01', 'May'],
      ['2026-06-01', '2026-07-01', 'Jun'],
    ]);
    const halves = periodsFor('2026-05-01', '2027-01-10', 'half', { ...fixtureLabels, half: '{half}H' });
    expect(halves.map((p) => `${p.year} ${p.label}`)).toEqual(['2026 1H', '2026 2H', '2027 1H']);
  });

  it('counts calendar days across daylight-saving changes', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
  });
});
