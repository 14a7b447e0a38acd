import { describe, expect, it } from 'vitest';
import { buildRoadmapExportData, type RoadmapExportInput } from './exportData';
import { makeInitiative, makeLane, makeRequirement, makeStage } from './testing';

const stages = [makeStage('s-dev', 'development'), makeStage('s-rel', 'released')];
const lanes = [
  makeLane({ id: 'growth', name: 'Growth', color: '#16a34a', rank: 'a0' }),
  makeLane({ id: 'core', name: 'Core', rank: 'a1' }),
];

function input(overrides: Partial<RoadmapExportInput> = {}): RoadmapExportInput {
  return {
    product: { id: 'p', name: 'Travel app' },
    lanes,
    initiatives: [
      makeInitiative({
        id: 'search',
        laneId: 'core',
        start: '2026-05-01',
        end: '2026-06-30',
        horizon: null,
        ownerId: 'm1',
      }),
      makeInitiative({ id: 'loyalty', laneId: 'growth', horizon: 'later', color: '#db2777' }),
      makeInitiative({ id: 'old', laneId: 'growth', start: '2025-01-01', end: '2025-02-01', horizon: null }),
      makeInitiative({ id: 'gone', laneId: 'growth', horizon: 'now', deleted: true }),
      makeInitiative({
        id: 'launch',
        laneId: 'growth',
        start: '2026-09-01',
        end: '2026-09-01',
        milestone: true,
        horizon: null,
      }),
    ],
    requirements: [
      makeRequirement({ id: 'r1', title: 'B filters', initiativeId: 'search', stageId: 's-rel', ownerId: 'm1' }),
      makeRequirement({ id: 'r2', title: 'A calendar', initiativeId: 'search', stageId: 's-dev' }),
      makeRequirement({ id: 'r3', initiativeId: 'search', stageId: 's-dev', state: 'deleted' }),
      makeRequirement({ id: 'r4', initiativeId: null }),
    ],
    stages,
    members: [
      {
        id: 'm1',
        productId: 'p',
        name: 'Lin Wei',
        role: 'pm',
        createdAt: '',
        updatedAt: '',
        version: 1,
        deleted: false,
      },
    ],
    options: { from: '2026-04-01', to: '2026-12-31', laneIds: ['core', 'growth'], includeRequirements: true },
    stageName: (s) => (s.key === 'released' ? 'Released' : 'Development'),
    today: '2026-05-14',
    generatedAt: '2026-05-14T08:00:00.000Z',
    ...overrides,
  };
}

describe('buildRoadmapExportData', () => {
  it('keeps lanes in the chosen order and the initiatives in range, undated ones always', () => {
    const data = buildRoadmapExportData(input());
    expect(data.lanes.map((l) => l.name)).toEqual(['Core', 'Growth']);
    expect(data.initiatives.map((i) => i.id)).toEqual(['search', 'launch', 'loyalty']);
  });

  it('resolves names, colours, derived horizons and progress', () => {
    const data = buildRoadmapExportData(input());
    const search = data.initiatives.find((i) => i.id === 'search');
    expect(search).toMatchObject({
      owner: 'Lin Wei',
      color: '#2563eb',
      horizon: 'now',
      progress: { total: 2, done: 1, byCount: 0.5, byEstimate: null },
    });
    expect(data.initiatives.find((i) => i.id === 'loyalty')).toMatchObject({
      color: '#db2777',
      horizon: 'later',
      owner: null,
    });
    expect(data.initiatives.find((i) => i.id === 'launch')).toMatchObject({ horizon: 'next', milestone: true });
  });

  it('lists linked requirements with stage names, trash left out', () => {
    const data = buildRoadmapExportData(input());
    expect(data.requirements).toEqual([
      {
        id: 'r2',
        initiativeId: 'search',
        title: 'A calendar',
        stage: 'Development',
        priority: 'P2',
        owner: null,
        estimate: null,
        done: false,
      },
      {
        id: 'r1',
        initiativeId: 'search',
        title: 'B filters',
        stage: 'Released',
        priority: 'P2',
        owner: 'Lin Wei',
        estimate: null,
        done: true,
      },
    ]);
  });

  it('leaves requirements out when not asked for, and lanes not chosen', () => {
    const data = buildRoadmapExportData(
      input({ options: { from: '2026-01-01', to: '2026-12-31', laneIds: ['growth'], includeRequirements: false } }),
    );
    expect(data.requirements).toEqual([]);
    expect(data.lanes.map((l) => l.id)).toEqual(['growth']);
    expect(data.initiatives.every((i) => i.laneId === 'growth')).toBe(true);
  });
});
