import { describe, expect, it } from 'vitest';
import { defaultStages } from '../rows/stage';
import { emptyScores } from '../scoring/types';
import { readyBacklog } from './backlog';
import { makeRequirement } from './testRows';

let id = 0;
const env = { now: () => '2026-01-01T00:00:00.000Z', newId: () => `s${(id += 1)}` };
const stages = defaultStages('p', env);
const stageId = (key: string) => stages.find((s) => s.key === key)!.id;
const rice = (reach: number) => ({ ...emptyScores(), rice: { reach, impact: 1 as const, confidence: 100, effort: 1 } });

describe('ready backlog', () => {
  it('holds designed, unfinished, unplanned requirements by priority and then score', () => {
    const rows = [
      makeRequirement({ id: 'inbox', stageId: stageId('inbox'), priority: 'P0' }),
      makeRequirement({ id: 'released', stageId: stageId('released'), priority: 'P0' }),
      makeRequirement({ id: 'planned', stageId: stageId('design'), iterationId: 'it' }),
      makeRequirement({ id: 'archived', stageId: stageId('design'), state: 'archived' }),
      makeRequirement({ id: 'low', stageId: stageId('design'), priority: 'P2', scores: rice(10) }),
      makeRequirement({ id: 'high', stageId: stageId('testing'), priority: 'P2', scores: rice(50) }),
      makeRequirement({ id: 'unscored', stageId: stageId('development'), priority: 'P2' }),
      makeRequirement({ id: 'urgent', stageId: stageId('development'), priority: 'P1' }),
    ];
    expect(readyBacklog(rows, stages, { cardScore: 'rice' }).map((r) => r.id)).toEqual([
      'urgent',
      'high',
      'low',
      'unscored',
    ]);
    expect(readyBacklog(rows, stages, { cardScore: 'rice', query: 'hig' }).map((r) => r.id)).toEqual(['high']);
  });
});
