import { describe, expect, it } from 'vitest';
import type { FinishedRequirement } from './flowTimes';
import { dailyThroughput, weeklyThroughput } from './throughput';

const done = (doneDay: string): FinishedRequirement => ({
  id: doneDay,
  title: '',
  createdDay: doneDay,
  startDay: doneDay,
  doneDay,
  cycleTime: 1,
  leadTime: 1,
  reworkMoves: 0,
});

describe('throughput', () => {
  it('counts finished requirements per ISO week (Monday first), weeks with none included', () => {
    const finished = ['2026-03-02', '2026-03-08', '2026-03-09', '2026-03-25', '2026-04-02'].map(done);
    expect(weeklyThroughput(finished, { from: '2026-03-04', to: '2026-03-31' })).toEqual([
      { week: '2026-03-02', finished: 1 },
      { week: '2026-03-09', finished: 1 },
      { week: '2026-03-16', finished: 0 },
      { week: '2026-03-23', finished: 1 },
      { week: '2026-03-30', finished: 0 },
    ]);
  });

  it('counts per day, zeros kept, across the autumn DST change', () => {
    const finished = ['2026-10-24', '2026-10-26', '2026-10-26'].map(done);
    expect(dailyThroughput(finished, { from: '2026-10-24', to: '2026-10-27' })).toEqual([1, 0, 2, 0]);
  });
});
