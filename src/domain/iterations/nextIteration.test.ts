import { describe, expect, it } from 'vitest';
import { hasNextPlanned, nextIterationDates, nextIterationName } from './nextIteration';

describe('next iteration', () => {
  it('counts the last number up in either language, keeping what surrounds it', () => {
    expect(nextIterationName('Sprint 3')).toBe('Sprint 4');
    expect(nextIterationName('Sprint 9')).toBe('Sprint 10');
    expect(nextIterationName('迭代 3')).toBe('迭代 4');
    expect(nextIterationName('第 9 期')).toBe('第 10 期');
    expect(nextIterationName('2026 Q1 sprint 07')).toBe('2026 Q1 sprint 08');
  });

  it('names a name without a number as its second', () => {
    expect(nextIterationName('Checkout')).toBe('Checkout 2');
    expect(nextIterationName(' 结算迭代 ')).toBe('结算迭代 2');
  });

  it('starts the day after the end and runs as long, across month and year ends', () => {
    expect(nextIterationDates({ startDate: '2026-03-02', endDate: '2026-03-13' })).toEqual({
      startDate: '2026-03-14',
      endDate: '2026-03-25',
    });
    expect(nextIterationDates({ startDate: '2026-01-19', endDate: '2026-01-31' })).toEqual({
      startDate: '2026-02-01',
      endDate: '2026-02-13',
    });
    expect(nextIterationDates({ startDate: '2028-02-16', endDate: '2028-02-28' })).toEqual({
      startDate: '2028-02-29',
      endDate: '2028-03-12',
    });
    expect(nextIterationDates({ startDate: '2026-12-18', endDate: '2026-12-31' })).toEqual({
      startDate: '2027-01-01',
      endDate: '2027-01-14',
    });
    expect(nextIterationDates({ startDate: '2026-04-30', endDate: '2026-04-30' })).toEqual({
      startDate: '2026-05-01',
      endDate: '2026-05-01',
    });
  });

  it('keeps the length across a daylight-saving change', () => {
    // Spans the March change in zones that have one; the count is in calendar days either way.
    expect(nextIterationDates({ startDate: '2026-03-23', endDate: '2026-04-03' })).toEqual({
      startDate: '2026-04-04',
      endDate: '2026-04-15',
    });
  });

  it('sees a planned iteration after the closing one, but not a closed, deleted or earlier one', () => {
    const closing = { id: 'a', startDate: '2026-03-02' };
    const row = (id: string, state: 'planned' | 'closed', startDate: string, deleted = false) => ({
      id,
      state,
      startDate,
      deleted,
    });
    expect(
      hasNextPlanned(closing, [
        row('a', 'planned', '2026-03-02'),
        row('b', 'closed', '2026-03-16'),
        row('c', 'planned', '2026-02-01'),
        row('d', 'planned', '2026-03-16', true),
      ]),
    ).toBe(false);
    expect(hasNextPlanned(closing, [row('e', 'planned', '2026-03-16')])).toBe(true);
  });
});
