import { describe, expect, it } from 'vitest';
import {
  defaultFlowStages,
  flowStagesProblem,
  productFlowStages,
  resolveFlowStages,
  stagesInBoardOrder,
} from './stageOrder';
import { STAGES } from './testLog';
import type { FlowStage } from './types';

const custom = (id: string, rank: string, done = false, deleted = false): FlowStage => ({
  id,
  key: null,
  rank,
  done,
  deleted,
});

describe('flow stages', () => {
  it('defaults to Development → Released on the default board', () => {
    expect(defaultFlowStages(STAGES)).toEqual({ startStageId: 'development', doneStageId: 'released' });
  });

  it('on a board of the PM’s own stages, starts past intake and finishes at the first done stage', () => {
    const stages = [
      custom('todo', 'a'),
      custom('doing', 'b'),
      custom('shipped', 'c', true),
      custom('measured', 'd', true),
    ];
    expect(defaultFlowStages(stages)).toEqual({ startStageId: 'doing', doneStageId: 'shipped' });
    expect(defaultFlowStages([custom('only', 'a')])).toEqual({ startStageId: 'only', doneStageId: 'only' });
    expect(defaultFlowStages([custom('gone', 'a', false, true)])).toBeNull();
  });

  it('keeps a choice while both stages exist in order, and falls back when one was deleted or they are reversed', () => {
    expect(resolveFlowStages(STAGES, { startStageId: 'design', doneStageId: 'review' })).toEqual({
      startStageId: 'design',
      doneStageId: 'review',
    });
    const withoutTesting = STAGES.map((s) => (s.id === 'testing' ? { ...s, deleted: true } : s));
    expect(resolveFlowStages(withoutTesting, { startStageId: 'testing' })).toEqual({
      startStageId: 'development',
      doneStageId: 'released',
    });
    expect(resolveFlowStages(STAGES, { startStageId: 'review', doneStageId: 'analysis' })).toEqual({
      startStageId: 'development',
      doneStageId: 'released',
    });
  });

  it('orders by rank, then id, deleted stages included', () => {
    const stages = [custom('b', 'm'), custom('a', 'm'), custom('z', 'a', false, true)];
    expect(stagesInBoardOrder(stages).map((s) => s.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('flow stages in product settings', () => {
  const settings = (start: string | null, done: string | null) => ({ flowStartStageId: start, flowDoneStageId: done });

  it('reads a choice back, and null as the lifecycle default', () => {
    expect(productFlowStages(STAGES, settings('design', null))).toEqual({
      startStageId: 'design',
      doneStageId: 'released',
    });
    expect(productFlowStages(STAGES, settings(null, null))).toEqual(defaultFlowStages(STAGES));
  });

  it('names a stage that is not the product’s, a deleted one, and a start after the done stage', () => {
    const both = ['flowStartStageId', 'flowDoneStageId'] as const;
    expect(flowStagesProblem(STAGES, settings('design', 'review'), both)).toBeNull();
    expect(flowStagesProblem(STAGES, settings('elsewhere', null), both)).toBe(
      'flowStartStageId: elsewhere is not a stage of this product',
    );
    const withoutTesting = STAGES.map((s) => (s.id === 'testing' ? { ...s, deleted: true } : s));
    expect(flowStagesProblem(withoutTesting, settings(null, 'testing'), both)).toBe(
      'flowDoneStageId: testing is not a stage of this product',
    );
    expect(flowStagesProblem(STAGES, settings('review', null), both)).toBe(
      'the start stage review comes after the done stage released',
    );
  });

  it('lets the other stage change when a kept choice’s stage was deleted since (it reads as the default)', () => {
    const withoutTesting = STAGES.map((s) => (s.id === 'testing' ? { ...s, deleted: true } : s));
    expect(flowStagesProblem(withoutTesting, settings('design', 'testing'), ['flowStartStageId'])).toBeNull();
    expect(flowStagesProblem(withoutTesting, settings('review', 'testing'), ['flowStartStageId'])).toBe(
      'the start stage review comes after the done stage released',
    );
  });
});
