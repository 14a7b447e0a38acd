import { describe, expect, it } from 'vitest';
import { initiativeSchema } from './roadmap/types';
import { compareRanks } from './ranking';
import {
  generateSampleProduct,
  generateSampleRequirements,
  planSampleProduct,
  sampleStageCounts,
  type SampleOptions,
} from './sample';
import {
  STAGE_KEYS,
  eventSchema,
  memberSchema,
  productSchema,
  requirementSchema,
  stageSchema,
  type Env,
} from './types';

const NOW = '2026-03-10T09:00:00.000Z';
const TODAY = '2026-03-10';
const CJK = /[\u3400-\u9fff]/;

function testEnv(): Env {
  let n = 0;
  return { now: () => NOW, newId: () => `id-${++n}` };
}

const options = (size: number, overrides: Partial<SampleOptions> = {}): SampleOptions => ({
  size,
  locale: 'en',
  today: TODAY,
  seed: 42,
  ...overrides,
});

describe.each([100, 1_000, 10_000])('generateSampleProduct(%i)', (size) => {
  const data = generateSampleProduct(options(size), testEnv());
  const stageKeyById = new Map(data.stages.map((s) => [s.id, s.key]));

  it('produces exactly that many requirements, validating against the schemas', () => {
    expect(data.requirements).toHaveLength(size);
    expect(() => productSchema.parse(data.product)).not.toThrow();
    for (const s of data.stages) expect(() => stageSchema.parse(s)).not.toThrow();
    for (const m of data.members) expect(() => memberSchema.parse(m)).not.toThrow();
    // Every row for 100; an even spread of 100 rows for the larger sizes keeps the test fast.
    const step = Math.max(1, Math.floor(size / 100));
    for (let i = 0; i < size; i += step) {
      expect(() => requirementSchema.parse(data.requirements[i])).not.toThrow();
      expect(() => eventSchema.parse(data.events[data.events.length - size + i])).not.toThrow();
    }
  });

  it('uses all seven stages, with more in inbox than in testing', () => {
    const perStage = new Map<string, number>();
    for (const r of data.requirements) {
      const key = stageKeyById.get(r.stageId) ?? '?';
      perStage.set(key, (perStage.get(key) ?? 0) + 1);
    }
    expect([...perStage.keys()].sort()).toEqual([...STAGE_KEYS].sort());
    expect(perStage.get('inbox') ?? 0).toBeGreaterThan(perStage.get('testing') ?? 0);
  });

  it('writes about half the titles in Chinese', () => {
    const share = data.requirements.filter((r) => CJK.test(r.title)).length / size;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });

  it('uses unique ids everywhere, checklist items included', () => {
    const ids = [
      data.product.id,
      ...data.stages.map((s) => s.id),
      ...data.members.map((m) => m.id),
      ...data.requirements.flatMap((r) => [r.id, ...r.acceptanceCriteria.map((c) => c.id)]),
      ...data.events.map((e) => e.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ranks requirements strictly ascending within each stage', () => {
    for (const stage of data.stages) {
      const ranks = data.requirements.filter((r) => r.stageId === stage.id).map((r) => r.rank);
      for (let i = 1; i < ranks.length; i++) expect(compareRanks(ranks[i - 1] as string, ranks[i] as string)).toBe(-1);
    }
  });

  it('records product, member, lane, initiative and one creation event per requirement', () => {
    const count = (type: string) => data.events.filter((e) => e.type === type).length;
    expect(count('product.created')).toBe(1);
    expect(count('member.created')).toBe(data.members.length);
    expect(count('requirement.created')).toBe(size);
    expect(count('lane.created')).toBe(data.lanes.length);
    expect(count('initiative.created')).toBe(data.initiatives.length);
    expect(data.events).toHaveLength(1 + data.members.length + size + data.lanes.length + data.initiatives.length);
  });

  it('has a roadmap: an initiative per 50 requirements, in valid lanes, most requirements linked', () => {
    expect(data.initiatives).toHaveLength(Math.max(4, Math.round(size / 50)));
    const laneIds = new Set(data.lanes.map((l) => l.id));
    for (const initiative of data.initiatives) {
      expect(initiativeSchema.safeParse(initiative).success).toBe(true);
      expect(laneIds.has(initiative.laneId)).toBe(true);
      // Either dated (a milestone on one day) or only on a horizon.
      if (initiative.start === null) expect(initiative.horizon).not.toBeNull();
      else expect(initiative.end! >= initiative.start).toBe(true);
      if (initiative.milestone) expect(initiative.end).toBe(initiative.start);
    }
    const ids = new Set(data.initiatives.map((i) => i.id));
    const linked = data.requirements.filter((r) => r.initiativeId !== null);
    expect(linked.every((r) => ids.has(r.initiativeId!))).toBe(true);
    expect(linked.length / size).toBeGreaterThan(0.45);
    expect(linked.length / size).toBeLessThan(0.75);
  });
});

describe('sample content', () => {
  const data = generateSampleProduct(options(1_000), testEnv());
  const stageKeyById = new Map(data.stages.map((s) => [s.id, s.key]));
  const share = (test: (r: (typeof data.requirements)[number]) => boolean) =>
    data.requirements.filter(test).length / 1_000;

  it('has about twelve members across every role, all in the product', () => {
    expect(data.members).toHaveLength(12);
    expect(new Set(data.members.map((m) => m.role)).size).toBe(6);
    for (const row of [...data.stages, ...data.members, ...data.requirements, ...data.events]) {
      expect(row.productId).toBe(data.product.id);
    }
  });

  it('names the product by size in the UI language', () => {
    expect(data.product.name).toBe('Sample · 1,000 requirements');
    const zh = generateSampleProduct(options(10_000, { locale: 'zh-CN' }), testEnv());
    expect(zh.product.name).toBe('示例 · 10,000 个需求');
    expect(zh.members.every((m) => CJK.test(m.name))).toBe(true);
  });

  it('gives ~80% an owner who is a member and ~40% a due date, some overdue', () => {
    const memberIds = new Set(data.members.map((m) => m.id));
    expect(share((r) => r.ownerId !== null)).toBeGreaterThan(0.7);
    expect(share((r) => r.ownerId !== null)).toBeLessThan(0.9);
    for (const r of data.requirements) if (r.ownerId !== null) expect(memberIds.has(r.ownerId)).toBe(true);
    expect(share((r) => r.dueDate !== null)).toBeGreaterThan(0.3);
    expect(share((r) => r.dueDate !== null)).toBeLessThan(0.5);
    expect(data.requirements.some((r) => r.dueDate !== null && r.dueDate < TODAY)).toBe(true);
  });

  it('mixes types, priorities and tags, with criteria only in design, development and testing', () => {
    expect(new Set(data.requirements.map((r) => r.type)).size).toBe(4);
    expect(new Set(data.requirements.map((r) => r.priority)).size).toBe(4);
    expect(Math.max(...data.requirements.map((r) => r.tags.length))).toBe(3);
    expect(data.requirements.some((r) => r.tags.length === 0)).toBe(true);
    const withCriteria = data.requirements.filter((r) => r.acceptanceCriteria.length > 0);
    expect(withCriteria.length).toBeGreaterThan(50);
    for (const r of withCriteria) expect(['design', 'development', 'testing']).toContain(stageKeyById.get(r.stageId));
  });

  it('keeps descriptions to one to three short paragraphs', () => {
    for (const r of data.requirements) {
      const paragraphs = r.description.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(1);
      expect(paragraphs.length).toBeLessThanOrEqual(3);
      expect(r.title).not.toMatch(/\{[xn]\}/);
      expect(r.description).not.toMatch(/\{[xn]\}/);
    }
  });
});

describe('determinism and chunks', () => {
  it('is the same for the same seed, and differs for another', () => {
    const a = generateSampleProduct(options(1_000), testEnv());
    expect(generateSampleProduct(options(1_000), testEnv())).toEqual(a);
    const b = generateSampleProduct(options(1_000, { seed: 7 }), testEnv());
    expect(b.requirements.map((r) => r.title)).not.toEqual(a.requirements.map((r) => r.title));
  });

  it('generates the same rows in chunks as all at once (ids aside)', () => {
    const whole = generateSampleProduct(options(2_500), testEnv());
    const env = testEnv();
    const plan = planSampleProduct(options(2_500), env);
    const chunks = [0, 1_000, 2_000].flatMap(
      (from) => generateSampleRequirements(plan, from, from + 1_000, env).requirements,
    );
    const strip = ({ id: _id, stageId: _stage, acceptanceCriteria, ...rest }: (typeof chunks)[number]) => ({
      ...rest,
      criteria: acceptanceCriteria.map((c) => [c.text, c.done]),
    });
    expect(chunks.map(strip)).toEqual(whole.requirements.map(strip));
  });

  it('splits every size over the stages exactly', () => {
    for (const size of [1, 6, 7, 100, 999, 1_000, 10_000, 12_345]) {
      const counts = sampleStageCounts(size, 42);
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(size);
      if (size >= 7) expect(counts.every((n) => n > 0)).toBe(true);
    }
  });

  it('refuses sizes that are not whole numbers from 1 up', () => {
    expect(() => generateSampleProduct(options(0), testEnv())).toThrow(RangeError);
    expect(() => generateSampleProduct(options(1.5), testEnv())).toThrow(RangeError);
  });
});
