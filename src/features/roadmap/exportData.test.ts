import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberWrites } from '../../db/membersAccess';
import { roadmapRepository } from '../../db/roadmapAccess';
import { seedRepository } from '../../db/seedAccess';
import type { ExportOptions } from '../../domain/roadmap/types';
import { loadRoadmapExportData } from './exportData';

const TODAY = '2026-05-14';

describe('loadRoadmapExportData', () => {
  let productId = '';
  beforeAll(async () => {
    const seeded = await seedRepository.seedDemoOnFirstRun('en', TODAY);
    if (seeded === null) throw new Error('demo not seeded');
    productId = seeded;
  });

  it('reads the demo roadmap and resolves it in the export language', async () => {
    const lanes = await roadmapRepository.listLanes(productId);
    const options: ExportOptions = {
      format: 'csv',
      from: '2026-01-01',
      to: '2026-12-31',
      laneIds: lanes.map((l) => l.id).reverse(),
      includeRequirements: true,
      theme: 'light',
      paper: 'a4',
      zoom: 'quarter',
      locale: 'zh-CN',
    };
    const data = await loadRoadmapExportData(productId, options, 'zh-CN', TODAY);
    expect(data.today).toBe(TODAY);
    expect(data.lanes.map((l) => l.name)).toEqual(lanes.map((l) => l.name).reverse());
    expect(data.initiatives.length).toBeGreaterThanOrEqual(10);
    const released = data.requirements.find((r) => r.title === 'Dark mode');
    // Default stage names follow the export's language, not the UI's.
    expect(released).toMatchObject({ stage: '已上线', done: true });
    const account = data.initiatives.find((i) => i.title === 'Account basics');
    // The demo's iterations estimate its requirements, so progress by points is known too.
    expect(account?.progress).toEqual({ total: 3, done: 3, byCount: 1, byEstimate: 1 });
  });

  it('names an initiative’s removed owner "(removed)" instead of dropping them', async () => {
    const initiatives = await roadmapRepository.listInitiatives(productId);
    const owned = initiatives.find((i) => i.ownerId !== null && !i.deleted);
    if (!owned?.ownerId) throw new Error('the demo has no owned initiative');
    const owner = await memberWrites.editMember(owned.ownerId, { deleted: true });
    const lanes = await roadmapRepository.listLanes(productId);
    const data = await loadRoadmapExportData(
      productId,
      {
        from: '2020-01-01',
        to: '2030-12-31',
        laneIds: lanes.map((l) => l.id),
        includeRequirements: false,
        locale: 'en',
      },
      'en',
      TODAY,
    );
    expect(data.initiatives.find((i) => i.title === owned.title)?.owner).toBe(`${owner.name} (removed)`);
  });
});
