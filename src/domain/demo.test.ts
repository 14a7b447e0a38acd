import { describe, it, expect } from 'vitest';
import { buildDemoProduct, type DemoLocale } from './demo';
import { compareRanks } from './ranking';
import { initiativeSchema, laneSchema } from './roadmap/types';
import {
  STAGE_KEYS,
  eventSchema,
  memberSchema,
  productSchema,
  requirementSchema,
  stageSchema,
  type Env,
} from './types';

const NOW = '2025-03-10T09:00:00.000Z';
const TODAY = '2025-03-10';
const CJK = /[\u3400-\u9fff]/;
const LOCALES: DemoLocale[] = ['en', 'zh-CN'];

function testEnv(): Env {
  let n = 0;
  return { now: () => NOW, newId: () => `id-${++n}` };
}

const build = (locale: DemoLocale) => buildDemoProduct(locale, testEnv(), TODAY);

describe.each(LOCALES)('buildDemoProduct(%s)', (locale) => {
  const demo = build(locale);
  const stageKeyById = new Map(demo.stages.map((s) => [s.id, s.key]));

  it('produces rows that validate against the schemas', () => {
    expect(() => productSchema.parse(demo.product)).not.toThrow();
    for (const s of demo.stages) expect(() => stageSchema.parse(s)).not.toThrow();
    for (const m of demo.members) expect(() => memberSchema.parse(m)).not.toThrow();
    for (const r of demo.requirements) expect(() => requirementSchema.parse(r)).not.toThrow();
    for (const e of demo.events) expect(() => eventSchema.parse(e)).not.toThrow();
  });

  it('puts every row in the demo product', () => {
    const pid = demo.product.id;
    expect(demo.product.productId).toBe(pid);
    for (const row of [...demo.stages, ...demo.members, ...demo.requirements, ...demo.events]) {
      expect(row.productId).toBe(pid);
    }
  });

  it('has the seven lifecycle stages, with a warning WIP limit on development only', () => {
    expect(demo.stages.map((s) => s.key)).toEqual([...STAGE_KEYS]);
    for (const s of demo.stages) {
      if (s.key === 'development') {
        expect(s.wipLimit).toBe(5);
        expect(s.wipMode).toBe('warn');
      } else {
        expect(s.wipLimit).toBeNull();
      }
    }
  });

  it('has five members, one per role', () => {
    expect(demo.members.map((m) => m.role).sort()).toEqual(['data', 'design', 'engineering', 'pm', 'qa']);
  });

  it('has about 25 active requirements covering all seven stages', () => {
    expect(demo.requirements.length).toBeGreaterThanOrEqual(20);
    expect(demo.requirements.length).toBeLessThanOrEqual(30);
    const keys = new Set(demo.requirements.map((r) => stageKeyById.get(r.stageId)));
    expect([...keys].sort()).toEqual([...STAGE_KEYS].sort());
    for (const r of demo.requirements) {
      expect(r.state).toBe('active');
      expect(r.version).toBe(1);
      expect(r.title.trim()).not.toBe('');
      expect(r.description.trim()).not.toBe('');
    }
  });

  it('stays within the development WIP limit', () => {
    const dev = demo.stages.find((s) => s.key === 'development');
    const inDev = demo.requirements.filter((r) => r.stageId === dev?.id);
    expect(inDev.length).toBeLessThanOrEqual(dev?.wipLimit ?? 0);
  });

  it('mixes types and priorities, and leaves a few cards unassigned', () => {
    expect(new Set(demo.requirements.map((r) => r.type)).size).toBe(4);
    expect(new Set(demo.requirements.map((r) => r.priority)).size).toBe(4);
    expect(demo.requirements.some((r) => r.ownerId === null)).toBe(true);
    expect(demo.requirements.some((r) => r.dueDate === null)).toBe(true);
    expect(demo.requirements.some((r) => r.acceptanceCriteria.some((c) => c.done))).toBe(true);
    expect(demo.requirements.some((r) => r.acceptanceCriteria.some((c) => !c.done))).toBe(true);
  });

  it('only assigns owners who are members', () => {
    const memberIds = new Set(demo.members.map((m) => m.id));
    for (const r of demo.requirements) {
      if (r.ownerId !== null) expect(memberIds.has(r.ownerId)).toBe(true);
    }
  });

  it('ranks cards strictly ascending within each stage', () => {
    for (const stage of demo.stages) {
      const ranks = demo.requirements.filter((r) => r.stageId === stage.id).map((r) => r.rank);
      for (let i = 1; i < ranks.length; i++) {
        expect(compareRanks(ranks[i - 1] as string, ranks[i] as string)).toBe(-1);
      }
    }
  });

  it('uses unique ids everywhere, checklist items included', () => {
    const ids = [
      demo.product.id,
      ...demo.stages.map((s) => s.id),
      ...demo.members.map((m) => m.id),
      ...demo.requirements.flatMap((r) => [r.id, ...r.acceptanceCriteria.map((c) => c.id)]),
      ...demo.events.map((e) => e.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows some overdue cards in development or testing', () => {
    const overdue = demo.requirements.filter((r) => r.dueDate !== null && r.dueDate < TODAY);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const r of overdue) expect(['development', 'testing']).toContain(stageKeyById.get(r.stageId));
  });

  it('records one creation event per product, member, requirement, lane and initiative', () => {
    const byType = (type: string) => demo.events.filter((e) => e.type === type);
    expect(byType('product.created')).toEqual([
      expect.objectContaining({ entityId: demo.product.id, at: NOW, data: { name: demo.product.name } }),
    ]);
    expect(byType('member.created').map((e) => e.entityId)).toEqual(demo.members.map((m) => m.id));
    const created = byType('requirement.created');
    expect(created.map((e) => e.entityId)).toEqual(demo.requirements.map((r) => r.id));
    for (const [i, e] of created.entries()) {
      const r = demo.requirements[i];
      expect(e.data).toEqual({ stageId: r?.stageId, title: r?.title });
    }
    expect(byType('lane.created').map((e) => e.entityId)).toEqual(demo.lanes.map((l) => l.id));
    expect(byType('initiative.created').map((e) => e.entityId)).toEqual(demo.initiatives.map((i) => i.id));
    const evidence = (demo.feedback?.length ?? 0) + (demo.competitors?.length ?? 0) + (demo.capabilities?.length ?? 0);
    // The rest is the iterations' history (see iterations/demoIterations.test.ts).
    const history = demo.events.filter((e) => e.type.startsWith('iteration.') || e.type === 'requirement.moved');
    expect(demo.events.length - history.length).toBe(
      1 + demo.members.length + demo.requirements.length + demo.lanes.length + demo.initiatives.length + evidence,
    );
  });

  it('is deterministic for the same env and day', () => {
    expect(build(locale)).toEqual(demo);
  });
});

describe('demo locales', () => {
  const en = build('en');
  const zh = build('zh-CN');

  it('writes Chinese text for zh-CN and none in English', () => {
    expect(CJK.test(zh.product.name)).toBe(true);
    expect(CJK.test(en.product.name)).toBe(false);
    for (const r of zh.requirements) expect(r.title).toMatch(CJK);
    for (const r of en.requirements) {
      expect(r.title).not.toMatch(CJK);
      expect(r.description).not.toMatch(CJK);
      expect(r.tags.join(' ')).not.toMatch(CJK);
      for (const c of r.acceptanceCriteria) expect(c.text).not.toMatch(CJK);
    }
    for (const m of zh.members) expect(m.name).toMatch(CJK);
    for (const m of en.members) expect(m.name).not.toMatch(CJK);
  });

  it('keeps English tags short and lowercase', () => {
    for (const tag of en.requirements.flatMap((r) => r.tags)) expect(tag).toMatch(/^[a-z]+$/);
  });

  it('has the same requirements in both languages', () => {
    // Same env sequence, so ids line up; only the text differs.
    expect(zh.requirements).toHaveLength(en.requirements.length);
    for (const [i, e] of en.requirements.entries()) {
      const z = zh.requirements[i];
      expect(z?.stageId).toBe(e.stageId);
      expect(z?.rank).toBe(e.rank);
      expect(z?.type).toBe(e.type);
      expect(z?.priority).toBe(e.priority);
      expect(z?.ownerId).toBe(e.ownerId);
      expect(z?.dueDate).toBe(e.dueDate);
      expect(z?.tags).toHaveLength(e.tags.length);
      expect(z?.acceptanceCriteria.map((c) => c.done)).toEqual(e.acceptanceCriteria.map((c) => c.done));
    }
    expect(zh.members.map((m) => m.role)).toEqual(en.members.map((m) => m.role));
  });

  it('dates due days relative to today', () => {
    const later = buildDemoProduct('en', testEnv(), '2025-12-30');
    const due = en.requirements.map((r) => r.dueDate);
    expect(due.some((d) => d !== null && d.startsWith('2025-03'))).toBe(true);
    expect(later.requirements.some((r) => r.dueDate !== null && r.dueDate.startsWith('2026-01'))).toBe(true);
  });
});

describe.each(LOCALES)('the demo roadmap (%s)', (locale) => {
  const demo = build(locale);

  it('has lanes and about a dozen valid initiatives: dated, horizon-only and milestones', () => {
    for (const l of demo.lanes) expect(() => laneSchema.parse(l)).not.toThrow();
    for (const i of demo.initiatives) expect(() => initiativeSchema.parse(i)).not.toThrow();
    expect(demo.lanes.length).toBeGreaterThanOrEqual(3);
    expect(demo.initiatives.length).toBeGreaterThanOrEqual(10);
    expect(demo.initiatives.filter((i) => i.milestone && i.start !== null && i.start === i.end)).toHaveLength(3);
    expect(demo.initiatives.filter((i) => !i.milestone && i.start !== null).length).toBeGreaterThanOrEqual(4);
    const undated = demo.initiatives.filter((i) => i.start === null);
    expect(new Set(undated.map((i) => i.horizon))).toEqual(new Set(['now', 'next', 'later']));
    const laneIds = new Set(demo.lanes.map((l) => l.id));
    for (const i of demo.initiatives) expect(laneIds.has(i.laneId)).toBe(true);
  });

  it('is dated around today, so the roadmap is current', () => {
    const dated = demo.initiatives.filter((i) => i.start !== null);
    expect(dated.some((i) => (i.start ?? '') <= TODAY && (i.end ?? '') >= TODAY)).toBe(true);
    expect(dated.some((i) => (i.start ?? '') > TODAY)).toBe(true);
  });

  it('links most requirements to an existing initiative, in the same language', () => {
    const ids = new Set(demo.initiatives.map((i) => i.id));
    const linked = demo.requirements.filter((r) => r.initiativeId !== null);
    expect(linked.length).toBeGreaterThanOrEqual(20);
    for (const r of linked) expect(ids.has(r.initiativeId ?? '')).toBe(true);
    const titles = demo.initiatives.map((i) => i.title).join(' ');
    expect(CJK.test(titles)).toBe(locale === 'zh-CN');
  });
});

describe.each(LOCALES)('the demo gates (%s)', (locale) => {
  it('gate Analysis, Design and Testing in warn mode, each with a manual item in the demo language and rules', () => {
    const { stages } = build(locale);
    const gated = stages.filter((s) => s.gate.mode !== 'off');
    expect(gated.map((s) => [s.key, s.gate.mode])).toEqual([
      ['analysis', 'warn'],
      ['design', 'warn'],
      ['testing', 'warn'],
    ]);
    const manual = gated.map((s) => s.gate.items.find((item) => item.rule === null)?.label);
    expect(manual).toEqual(
      locale === 'en'
        ? ['Problem statement written', 'PRD linked', 'QA sign-off']
        : ['已写清问题陈述', '已关联 PRD', 'QA 已签字确认'],
    );
    const ids = gated.flatMap((s) => s.gate.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
