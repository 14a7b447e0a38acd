import { describe, expect, it } from 'vitest';
import { agingCards } from './aging';
import { FLOW, Log, STAGES } from './testLog';

/** Finished in 2, 3, 5, 8 and 13 days (inclusive): nearest-rank P85 = 13. */
function finishedHistory(): Log {
  const log = new Log();
  [2, 3, 5, 8, 13].forEach((days, i) => {
    const id = `done${days}`;
    log.create(id, 'inbox', '2026-01-01T09:00:00Z');
    log.move(id, 'development', `2026-01-${String(2 + i).padStart(2, '0')}T10:00:00Z`);
    log.move(id, 'released', new Date(Date.UTC(2026, 0, 2 + i + days - 1, 10)).toISOString());
  });
  return log;
}

describe('age markers', () => {
  it('marks what has been in progress longer than the P85 cycle time, by days since it started', () => {
    const log = finishedHistory()
      .create('old', 'inbox', '2026-02-01T09:00:00Z')
      .move('old', 'development', '2026-02-10T10:00:00Z')
      .move('old', 'testing', '2026-02-20T10:00:00Z')
      .create('atBar', 'inbox', '2026-02-01T09:00:00Z')
      .move('atBar', 'development', '2026-02-11T10:00:00Z')
      .create('young', 'inbox', '2026-02-01T09:00:00Z')
      .move('young', 'development', '2026-02-20T10:00:00Z')
      .create('notStarted', 'inbox', '2026-01-01T09:00:00Z');
    const aging = agingCards(log.input(), FLOW, '2026-02-23');
    expect(aging.threshold).toBe(13);
    // Started 10 February: 14 days on the 23rd, whatever stage it has reached since; 11 February is exactly 13.
    expect([...aging.ages]).toEqual([['old', 14]]);
    expect(aging.inProgressStageIds).toEqual(['development', 'testing']);
  });

  it('counts rework inside the age: sent back to design, it is still the work that started', () => {
    const log = finishedHistory()
      .create('back', 'inbox', '2026-02-01T09:00:00Z')
      .move('back', 'development', '2026-02-01T10:00:00Z')
      .move('back', 'design', '2026-02-05T10:00:00Z');
    // Back before the start stage it is no longer in progress, so no marker.
    expect(agingCards(log.input(), FLOW, '2026-02-23').ages.size).toBe(0);
    log.move('back', 'testing', '2026-02-06T10:00:00Z');
    expect([...agingCards(log.input(), FLOW, '2026-02-23').ages]).toEqual([['back', 23]]);
  });

  it('marks nothing without finished history, and follows the chosen stages', () => {
    const log = new Log().create('a', 'inbox', '2026-01-01T09:00:00Z').move('a', 'development', '2026-01-02T10:00:00Z');
    expect(agingCards(log.input(), FLOW, '2026-06-01')).toEqual({
      threshold: null,
      ages: new Map(),
      inProgressStageIds: ['development', 'testing'],
    });
    expect(
      agingCards(finishedHistory().input(), { startStageId: 'design', doneStageId: 'review' }, '2026-02-23')
        .inProgressStageIds,
    ).toEqual(['design', 'development', 'testing', 'released']);
  });

  it('leaves out deleted stages and requirements in the trash', () => {
    const log = finishedHistory()
      .create('trashed', 'inbox', '2026-01-01T09:00:00Z')
      .move('trashed', 'development', '2026-01-02T10:00:00Z')
      .remove('trashed', '2026-01-03T10:00:00Z');
    const stages = STAGES.map((s) => (s.id === 'testing' ? { ...s, deleted: true } : s));
    const aging = agingCards(log.input(stages), FLOW, '2026-06-01');
    expect(aging.ages.size).toBe(0);
    expect(aging.inProgressStageIds).toEqual(['development']);
  });
});
