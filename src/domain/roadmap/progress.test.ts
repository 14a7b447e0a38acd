import { describe, expect, it } from 'vitest';
import { doneStageIds, initiativeProgress } from './progress';
import { makeStage } from './testing';

const stages = [
  makeStage('s-dev', 'development'),
  makeStage('s-rel', 'released'),
  makeStage('s-rev', 'review'),
  makeStage('s-x', null),
];
const done = doneStageIds(stages);

describe('initiativeProgress', () => {
  it('counts Released and Review as done by default, and nothing else', () => {
    expect([...done].sort()).toEqual(['s-rel', 's-rev']);
  });

  it('is null, not zero, when nothing is linked', () => {
    expect(initiativeProgress([], done)).toEqual({ total: 0, done: 0, byCount: null, byEstimate: null });
  });

  it('gives the share by count and leaves byEstimate null without estimates', () => {
    const p = initiativeProgress(
      [
        { stageId: 's-dev', state: 'active', estimate: null },
        { stageId: 's-rel', state: 'active', estimate: null },
        { stageId: 's-rev', state: 'archived', estimate: null },
        { stageId: 's-x', state: 'active', estimate: null },
      ],
      done,
    );
    expect(p).toEqual({ total: 4, done: 2, byCount: 0.5, byEstimate: null });
  });

  it('ignores requirements in the trash', () => {
    const p = initiativeProgress(
      [
        { stageId: 's-rel', state: 'active', estimate: null },
        { stageId: 's-dev', state: 'deleted', estimate: null },
      ],
      done,
    );
    expect(p.byCount).toBe(1);
    expect(p.total).toBe(1);
  });

  it('weighs by estimate over the estimated requirements', () => {
    const p = initiativeProgress(
      [
        { stageId: 's-rel', state: 'active', estimate: 8 },
        { stageId: 's-dev', state: 'active', estimate: 2 },
        { stageId: 's-dev', state: 'active', estimate: null },
      ],
      done,
    );
    expect(p.byEstimate).toBe(0.8);
    expect(p.byCount).toBeCloseTo(1 / 3);
  });

  it('lets a product choose other done stages', () => {
    expect([...doneStageIds(stages, ['development'])]).toEqual(['s-dev']);
  });
});
