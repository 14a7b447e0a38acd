import { describe, expect, it } from 'vitest';
import { capabilitySchema, competitorSchema } from '../competitors/types';
import { buildDemoProduct, type DemoLocale } from '../demo';
import { eventSchema, type Env } from '../types';
import { feedbackSchema } from './types';

const CJK = /[\u3400-\u9fff]/;

function testEnv(): Env {
  let n = 0;
  return { now: () => '2025-03-10T09:00:00.000Z', newId: () => `id-${++n}` };
}

describe.each<DemoLocale>(['en', 'zh-CN'])('the demo evidence (%s)', (locale) => {
  const demo = buildDemoProduct(locale, testEnv(), '2025-03-10');
  const feedback = demo.feedback ?? [];
  const competitors = demo.competitors ?? [];
  const capabilities = demo.capabilities ?? [];
  const requirementIds = new Set(demo.requirements.map((r) => r.id));

  it('has a dozen feedback items, most linked to demo requirements, dated up to today', () => {
    expect(feedback.length).toBeGreaterThanOrEqual(12);
    for (const f of feedback) {
      expect(() => feedbackSchema.parse(f)).not.toThrow();
      expect(f.productId).toBe(demo.product.id);
      expect(f.date <= '2025-03-10').toBe(true);
      for (const id of f.requirementIds) expect(requirementIds.has(id)).toBe(true);
    }
    expect(feedback.filter((f) => f.requirementIds.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('has a small matrix: 3–4 competitors, 5–6 capabilities, some linked to requirements', () => {
    expect(competitors.length).toBeGreaterThanOrEqual(3);
    expect(competitors.length).toBeLessThanOrEqual(4);
    expect(capabilities.length).toBeGreaterThanOrEqual(5);
    expect(capabilities.length).toBeLessThanOrEqual(6);
    const competitorIds = new Set(competitors.map((c) => c.id));
    for (const c of competitors) expect(() => competitorSchema.parse(c)).not.toThrow();
    for (const c of capabilities) {
      expect(() => capabilitySchema.parse(c)).not.toThrow();
      for (const key of Object.keys(c.cells)) expect(competitorIds.has(key)).toBe(true);
      for (const id of c.requirementIds) expect(requirementIds.has(id)).toBe(true);
    }
    expect(capabilities.some((c) => c.requirementIds.length > 0)).toBe(true);
  });

  it('records the creation of every evidence row', () => {
    const created = new Set(demo.events.filter((e) => e.type !== 'requirement.created').map((e) => e.entityId));
    for (const row of [...feedback, ...competitors, ...capabilities]) expect(created.has(row.id)).toBe(true);
    for (const e of demo.events) expect(() => eventSchema.parse(e)).not.toThrow();
  });

  it('speaks the demo language', () => {
    const texts = [...feedback.map((f) => f.text), ...capabilities.map((c) => c.name)];
    for (const text of texts) expect(CJK.test(text)).toBe(locale === 'zh-CN');
  });
});
