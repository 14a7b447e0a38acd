import { describe, expect, it } from 'vitest';
import { createBackupRepository } from './backup';
import { createSnapshotRepository } from './snapshots';
import { openTestRepositories, testEnv } from './testing/testDb';

async function seeded() {
  const repos = openTestRepositories();
  const productId = await repos.seed.seedDemoOnFirstRun('en', '2026-05-14');
  if (!productId) throw new Error('demo not seeded');
  return { repos, productId, snapshots: createSnapshotRepository(repos.db, testEnv()) };
}

describe('daily snapshots', () => {
  it('takes one snapshot a day, holding a backup that restores the data as it was', async () => {
    const { repos, productId, snapshots } = await seeded();
    expect(await snapshots.takeDailySnapshot('2026-05-14')).toBe('2026-05-14');
    expect(await snapshots.takeDailySnapshot('2026-05-14')).toBeNull();
    expect(await snapshots.listSnapshotDays()).toEqual(['2026-05-14']);

    const before = await repos.requirements.listBoardRequirements(productId);
    await repos.requirements.deleteRequirement(before[0]!.id);
    const backup = createBackupRepository(repos.db, testEnv());
    const parsed = backup.parseBackup((await snapshots.readSnapshot('2026-05-14'))!);
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
    await backup.restoreBackup(parsed.file, 'replace');
    expect((await repos.requirements.listBoardRequirements(productId)).map((r) => r.id)).toEqual(
      before.map((r) => r.id),
    );
  });

  it('keeps only the newest N days, and fewer at once when N is lowered', async () => {
    const { snapshots } = await seeded();
    await snapshots.saveSettings({ enabled: true, keep: 3 });
    for (const day of ['2026-05-10', '2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14'])
      await snapshots.takeDailySnapshot(day);
    expect(await snapshots.listSnapshotDays()).toEqual(['2026-05-14', '2026-05-13', '2026-05-12']);
    await snapshots.saveSettings({ enabled: true, keep: 1 });
    expect(await snapshots.listSnapshotDays()).toEqual(['2026-05-14']);
  });

  it('takes none when turned off, unless asked to; asking replaces the day’s snapshot', async () => {
    const { repos, productId, snapshots } = await seeded();
    await snapshots.saveSettings({ enabled: false, keep: 7 });
    expect(await snapshots.takeDailySnapshot('2026-05-14')).toBeNull();
    expect(await snapshots.listSnapshotDays()).toEqual([]);
    await snapshots.takeDailySnapshot('2026-05-14', true);
    const first = await snapshots.readSnapshot('2026-05-14');
    await repos.requirements.createRequirement(productId, (await repos.stages.listStages(productId))[0]!.id, {
      title: 'After the first snapshot',
    });
    await snapshots.takeDailySnapshot('2026-05-14', true);
    const second = await snapshots.readSnapshot('2026-05-14');
    expect(second).not.toBe(first);
    expect(second).toContain('After the first snapshot');
    expect(await snapshots.listSnapshotDays()).toEqual(['2026-05-14']);
  });

  it('reads damaged settings as the defaults and refuses to save invalid ones', async () => {
    const { repos, snapshots } = await seeded();
    await repos.db.meta.put({ key: 'snapshotSettings', value: { enabled: 'yes', keep: -1 } });
    expect(await snapshots.readSettings()).toEqual({ enabled: true, keep: 7 });
    await expect(snapshots.saveSettings({ enabled: true, keep: 0 })).rejects.toThrow();
  });
});
