import { describe, expect, it } from 'vitest';
import { agingCards, MIN_STAGE_EXITS } from './aging';
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
    // Development's own exits are the five cycle times; nothing ever left Testing, so it takes the overall P85.
    expect(aging.bars).toEqual(
      new Map([
        ['development', { days: 13, basis: 'stage' }],
        ['testing', { days: 13, basis: 'overall' }],
      ]),
    );
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
      bars: new Map(),
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

  /** Five finished: left Development aged 2, 2, 2, 3, 3 days and finished in 5, 6, 7, 8, 20. */
  function twoSpeeds(): Log {
    const log = new Log();
    const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T10:00:00Z`;
    [
      [1, 4],
      [1, 5],
      [1, 6],
      [2, 7],
      [2, 19],
    ].forEach(([dev, done], i) => {
      const id = `f${i}`;
      log.create(id, 'inbox', '2026-01-01T09:00:00Z');
      log.move(id, 'development', day(2));
      log.move(id, 'testing', day(2 + dev!));
      log.move(id, 'released', day(2 + done!));
    });
    return log;
  }

  it('holds each stage to its own P85: the age by which finished items had left it', () => {
    const log = twoSpeeds()
      .create('slowDev', 'inbox', '2026-01-25T09:00:00Z')
      .move('slowDev', 'development', '2026-02-01T10:00:00Z')
      .create('inTesting', 'inbox', '2026-01-01T09:00:00Z')
      .move('inTesting', 'development', '2026-01-20T10:00:00Z')
      .move('inTesting', 'testing', '2026-01-21T10:00:00Z');
    const aging = agingCards(log.input(), FLOW, '2026-02-04');
    expect(aging.bars).toEqual(
      new Map([
        ['development', { days: 3, basis: 'stage' }],
        ['testing', { days: 20, basis: 'stage' }],
      ]),
    );
    // Four days in Development is past its bar of 3; sixteen in Testing is under its 20 (the overall
    // P85 cycle time, 20, would have missed the first).
    expect([...aging.ages]).toEqual([['slowDev', 4]]);
  });

  it('counts the last time a reworked item left a stage', () => {
    const log = new Log();
    const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T10:00:00Z`;
    for (let i = 0; i < MIN_STAGE_EXITS - 1; i++) {
      log.create(`f${i}`, 'inbox', day(1)).move(`f${i}`, 'development', day(2)).move(`f${i}`, 'testing', day(3));
      log.move(`f${i}`, 'released', day(4));
    }
    // Left Development aged 2, came back, and left again on the 12th, aged 11.
    log
      .create('rework', 'inbox', day(1))
      .move('rework', 'development', day(2))
      .move('rework', 'testing', day(3))
      .move('rework', 'development', day(5))
      .move('rework', 'testing', day(12))
      .move('rework', 'released', day(13))
      .create('now', 'inbox', day(20))
      .move('now', 'development', day(20));
    const aging = agingCards(log.input(), FLOW, '2026-01-24');
    expect(aging.bars.get('development')).toEqual({ days: 11, basis: 'stage' });
    // Five days old: under the bar of 11 (the first exits alone would have made it 2).
    expect(aging.ages.size).toBe(0);
  });

  it('falls back to the overall P85 for a stage fewer than five finished items have left', () => {
    const input = twoSpeeds().input();
    // Only four of them ever passed through Testing: the fifth went straight to Released.
    const events = input.events.filter((e) => !(e.entityId === 'f4' && e.data.toStageId === 'testing'));
    const aging = agingCards({ ...input, events }, FLOW, '2026-02-04');
    expect(aging.bars.get('testing')).toEqual({ days: 20, basis: 'overall' });
  });
});
