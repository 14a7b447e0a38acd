import { describe, expect, it, vi } from 'vitest';
import { createBackupRepository } from './backup';
import { openTestRepositories, testEnv } from './testing/testDb';
import type { BackupFile } from '../domain/backup/format';

const TODAY = '2026-05-14';

/** A database with the demo product (board, roadmap, events) plus a few user changes. */
async function demoDatabase() {
  const repos = openTestRepositories();
  const productId = await repos.seed.seedDemoOnFirstRun('en', TODAY);
  if (!productId) throw new Error('demo not seeded');
  const [first] = await repos.requirements.listBoardRequirements(productId);
  const stages = await repos.stages.listStages(productId);
  if (!first || !stages[1]) throw new Error('demo has no requirements');
  await repos.requirements.moveRequirement(first.id, stages[1].id, 'zz');
  const backup = createBackupRepository(repos.db, testEnv());
  return { repos, backup, productId };
}

function parsed(backup: ReturnType<typeof createBackupRepository>, text: string): BackupFile {
  const result = backup.parseBackup(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.file;
}

const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

async function snapshot(repos: ReturnType<typeof openTestRepositories>) {
  const { db } = repos;
  return {
    products: await db.products.toArray(),
    stages: await db.stages.toArray(),
    members: await db.members.toArray(),
    requirements: await db.requirements.toArray(),
    events: await db.events.toArray(),
    lanes: await db.lanes.toArray(),
    initiatives: await db.initiatives.toArray(),
    meta: await db.meta.toArray(),
  };
}

describe('exportBackup', () => {
  it('writes every table with the format version, and a backup of the demo validates', async () => {
    const { repos, backup } = await demoDatabase();
    const text = await backup.exportBackup();
    const json = JSON.parse(text) as BackupFile;
    expect(json.format).toBe('cairn-backup');
    expect(json.formatVersion).toBe(1);
    expect(json.app.schemaVersion).toBe(repos.db.verno);
    expect(json.tables.requirements).toHaveLength(await repos.db.requirements.count());
    expect(json.tables.events).toHaveLength(await repos.db.events.count());
    expect(json.tables.initiatives.length).toBeGreaterThan(0);
    expect(json).not.toHaveProperty('tables.meta');
    expect(backup.parseBackup(text).ok).toBe(true);
  });
});

describe('restoreBackup', () => {
  it('round trip: backup → delete all → restore → backup gives the same file apart from exportedAt', async () => {
    const { repos, backup } = await demoDatabase();
    const first = await backup.exportBackup();
    await Promise.all(
      ['products', 'stages', 'members', 'requirements', 'events', 'lanes', 'initiatives'].map((t) =>
        repos.db.table(t).clear(),
      ),
    );
    await backup.restoreBackup(parsed(backup, first), 'replace');
    const second = await backup.exportBackup();
    expect(second).not.toBe(first);
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
  });

  it('replace: the database holds exactly the backup, and the demo flag stays set', async () => {
    const { repos, backup, productId } = await demoDatabase();
    const text = await backup.exportBackup();
    const before = await snapshot(repos);
    await repos.products.createProduct('Written after the backup');
    const ids = await backup.restoreBackup(parsed(backup, text), 'replace');
    expect(ids).toEqual([productId]);
    expect(await snapshot(repos)).toEqual(before);
    expect(await repos.seed.seedDemoOnFirstRun('en', TODAY)).toBeNull();
  });

  it('add twice: two independent copies under fresh ids, every reference consistent', async () => {
    const { repos, backup, productId } = await demoDatabase();
    const text = await backup.exportBackup();
    const file = parsed(backup, text);
    const [a] = await backup.restoreBackup(file, 'add');
    const [b] = await backup.restoreBackup(file, 'add');
    expect(new Set([productId, a, b]).size).toBe(3);
    expect(await repos.db.products.count()).toBe(3);
    expect(await repos.db.requirements.count()).toBe(file.tables.requirements.length * 3);

    // The whole database is still a valid backup: no reference crosses products.
    const all = parsed(backup, await backup.exportBackup());
    for (const copy of [a, b]) {
      const requirements = all.tables.requirements.filter((r) => r.productId === copy);
      expect(requirements).toHaveLength(file.tables.requirements.length);
      const events = all.tables.events.filter((e) => e.productId === copy);
      const own = new Set(
        [
          ...requirements,
          ...all.tables.stages,
          ...all.tables.initiatives,
          ...all.tables.lanes,
          ...all.tables.members,
          ...all.tables.feedback,
          ...all.tables.competitors,
          ...all.tables.capabilities,
          ...all.tables.iterations,
        ]
          .filter((r) => r.productId === copy)
          .map((r) => r.id),
      );
      own.add(copy!);
      for (const e of events) expect(own.has(e.entityId), `${e.type} ${e.entityId}`).toBe(true);
      for (const e of events.filter((x) => x.type === 'requirement.created'))
        expect(own.has(e.data.stageId as string)).toBe(true);
      expect(requirements.filter((r) => r.ownerId !== null).every((r) => own.has(r.ownerId!))).toBe(true);
    }

    // Editing one copy leaves the other alone.
    const [ra] = await repos.requirements.listBoardRequirements(a!);
    await repos.requirements.updateRequirement(ra!.id, { title: 'Only in copy A' });
    const titles = (await repos.requirements.listBoardRequirements(b!)).map((r) => r.title);
    expect(titles).not.toContain('Only in copy A');
  });

  it('a write failing half-way leaves the database exactly as it was', async () => {
    const { repos, backup } = await demoDatabase();
    const file = parsed(backup, await backup.exportBackup());
    await repos.products.createProduct('Kept');
    const before = await snapshot(repos);
    const spy = vi.spyOn(repos.db.initiatives, 'bulkAdd').mockImplementation(() => {
      throw new Error('disk failed');
    });
    await expect(backup.restoreBackup(file, 'replace')).rejects.toThrow('disk failed');
    await expect(backup.restoreBackup(file, 'add')).rejects.toThrow('disk failed');
    spy.mockRestore();
    expect(await snapshot(repos)).toEqual(before);
  });
});

describe('parseBackup rejects a bad file with a message naming the problem', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test edits raw JSON
  async function mutate(change: (json: Record<string, any>) => void) {
    const { backup } = await demoDatabase();
    const json = JSON.parse(await backup.exportBackup()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
    change(json);
    return { backup, text: JSON.stringify(json), json };
  }

  it('not JSON', async () => {
    const { backup } = await demoDatabase();
    const result = backup.parseBackup('{"format": "cairn-backup", ');
    expect(result.ok || result.problems[0]?.code).toBe('notJson');
  });

  it('another kind of file', async () => {
    const { backup, text } = await mutate((json) => {
      json.format = 'trello';
    });
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems.map((p) => p.message)).toEqual([
      'the file is not a Cairn backup (no "format": "cairn-backup")',
    ]);
  });

  it('a future format version', async () => {
    const { backup, text } = await mutate((json) => {
      json.formatVersion = 2;
    });
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems[0]?.message).toMatch(/format version 2; this Cairn reads up to version 1/);
  });

  it('a newer database version', async () => {
    const { backup, text } = await mutate((json) => {
      json.app.schemaVersion = 99;
    });
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems[0]?.code).toBe('futureSchema');
  });

  it('a bad row, named by table, index, id and field', async () => {
    const { backup, text, json } = await mutate((j) => {
      j.tables.requirements[3].priority = 'P9';
    });
    const id = json.tables.requirements[3].id as string;
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^requirements\\[3\\] \\(id ${id}\\): priority: `)),
    ]);
  });

  it('a dangling stage reference', async () => {
    const { backup, text, json } = await mutate((j) => {
      j.tables.requirements[12].stageId = 'x';
    });
    const { id, productId } = json.tables.requirements[12] as { id: string; productId: string };
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems.map((p) => p.message)).toEqual([
      `requirements[12] (id ${id}): stageId 'x' is not a stage of product '${productId}'`,
    ]);
  });

  it('dangling product, lane and initiative references, and duplicate ids', async () => {
    const { backup, text } = await mutate((j) => {
      j.tables.stages[0].productId = 'gone';
      j.tables.initiatives[0].laneId = 'gone';
      j.tables.requirements[0].initiativeId = 'gone';
      j.tables.members.push(j.tables.members[0]);
    });
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems.map((p) => p.code).sort()).toEqual(['duplicateId']);
    const fixed = JSON.parse(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits raw JSON
    fixed.tables.members.pop();
    const again = backup.parseBackup(JSON.stringify(fixed));
    expect(again.ok || again.problems.map((p) => p.code).sort()).toEqual(
      expect.arrayContaining(['notInitiativeOfProduct', 'notLaneOfProduct', 'unknownProduct']),
    );
  });

  it('too many rows', async () => {
    const { backup, text } = await mutate((j) => {
      j.tables.events = Array.from({ length: 500_001 }, () => ({}));
    });
    const result = backup.parseBackup(text);
    expect(result.ok || result.problems[0]?.code).toBe('tooManyRows');
  });

  it('a file from schema version 1 (before the roadmap) is upgraded and validates', async () => {
    const { backup, text } = await mutate((j) => {
      j.app.schemaVersion = 1;
      for (const r of j.tables.requirements) delete r.initiativeId;
      j.tables.initiatives = [];
      j.tables.lanes = [];
      delete j.tables.lanes;
    });
    const result = backup.parseBackup(text);
    expect(result.ok && result.file.tables.requirements.every((r) => r.initiativeId === null)).toBe(true);
  });

  it('nothing is written for a bad file: the database is untouched', async () => {
    const { repos, backup } = await demoDatabase();
    const before = await snapshot(repos);
    const result = backup.parseBackup('{"format":"cairn-backup","formatVersion":1}');
    expect(result.ok || result.problems[0]?.code).toBe('badEnvelope');
    expect(await snapshot(repos)).toEqual(before);
  });
});
