import { describe, expect, it } from 'vitest';
import { capabilitySchema, competitorSchema } from '../competitors/types';
import { feedbackSchema } from '../feedback/types';
import { iterationSchema } from '../iterations/types';
import { initiativeSchema, laneSchema } from '../roadmap/types';
import { templateSchema } from '../templates/types';
import { memberSchema, productSchema, requirementSchema, stageSchema, tagSchema, type Env } from '../types';
import { savedViewSchema } from '../views/types';
import { newCapability, newCompetitor, newFeedback } from './evidence';
import { newIteration } from './iteration';
import { newMember, newProduct, newTag } from './product';
import { newRequirement } from './requirement';
import { newInitiative, newLane } from './roadmap';
import { defaultStages, newStage } from './stage';
import { newSavedView, newTemplate } from './workspace';

function env(): Env & { ids: number } {
  const e = { ids: 0, now: () => '2026-05-14T09:00:00.000Z', newId: () => `id-${++e.ids}` };
  return e;
}

describe('row factories', () => {
  it('fill every field a schema requires from only the fields without a default', () => {
    const e = env();
    const p = { productId: 'p' };
    const rows = [
      [productSchema, newProduct(e, { name: 'Shop' })],
      [stageSchema, newStage(e, { ...p, name: 'Triage', color: '#112233', rank: 'a0' })],
      [memberSchema, newMember(e, { ...p, name: 'Ana', role: 'pm' })],
      [tagSchema, newTag(e, { ...p, name: 'payments', color: '#112233' })],
      [requirementSchema, newRequirement(e, { ...p, title: 'Pay', stageId: 's', rank: 'a0' })],
      [laneSchema, newLane(e, { ...p, name: 'Growth', color: '#112233', rank: 'a0' })],
      [initiativeSchema, newInitiative(e, { ...p, title: 'Launch', laneId: 'l', rank: 'a0' })],
      [iterationSchema, newIteration(e, { ...p, name: 'Sprint 1', startDate: '2026-05-18', endDate: '2026-05-29' })],
      [feedbackSchema, newFeedback(e, { ...p, text: 'Too slow', channel: 'support', date: '2026-05-14' })],
      [competitorSchema, newCompetitor(e, { ...p, name: 'Rival', rank: 'a0' })],
      [capabilitySchema, newCapability(e, { ...p, name: 'Offline', rank: 'a0' })],
      [templateSchema, newTemplate(e, { ...p, kind: 'custom', name: 'Spike', body: '', rank: 'a0' })],
      [savedViewSchema, newSavedView(e, { ...p, name: 'Mine', query: 'owner=me' })],
    ] as const;
    for (const [schema, row] of rows) {
      const result = schema.safeParse(row);
      expect(result.success ? [] : result.error.issues, row.id).toEqual([]);
      expect(row).toMatchObject({
        createdAt: '2026-05-14T09:00:00.000Z',
        updatedAt: '2026-05-14T09:00:00.000Z',
        version: 1,
      });
    }
    expect(new Set(rows.map(([, row]) => row.id)).size).toBe(rows.length);
  });

  it('keep a default where the creator passes undefined, and take every field it gives', () => {
    const row = newRequirement(env(), {
      productId: 'p',
      title: 'Pay',
      stageId: 's',
      rank: 'a0',
      description: undefined,
      priority: 'P0',
      tags: ['x'],
    });
    expect(row).toMatchObject({ description: '', priority: 'P0', tags: ['x'], type: 'feature', state: 'active' });
  });

  it('stamp a batch with one time and keep a known id and creation time', () => {
    const e = env();
    const row = newLane(e, {
      id: 'lane-1',
      productId: 'p',
      name: 'Growth',
      color: '#112233',
      rank: 'a0',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(row).toMatchObject({
      id: 'lane-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(e.ids).toBe(0);
    const imported = newRequirement(e, {
      productId: 'p',
      title: 'Old',
      stageId: 's',
      rank: 'a0',
      createdAt: '2020-02-02T00:00:00.000Z',
      updatedAt: '2021-03-03T00:00:00.000Z',
    });
    expect(imported).toMatchObject({ createdAt: '2020-02-02T00:00:00.000Z', updatedAt: '2021-03-03T00:00:00.000Z' });
  });

  it('give fresh arrays to every row, so editing one never changes another', () => {
    const e = env();
    const a = newRequirement(e, { productId: 'p', title: 'A', stageId: 's', rank: 'a0' });
    const b = newRequirement(e, { productId: 'p', title: 'B', stageId: 's', rank: 'a1' });
    a.tags.push('x');
    expect(b.tags).toEqual([]);
  });

  it('make a product its own product, and a new lifecycle done only at Released and Review', () => {
    const e = env();
    const product = newProduct(e, { name: 'Shop' });
    expect(product.productId).toBe(product.id);
    const stages = defaultStages(product.id, e);
    expect(stages.filter((s) => s.done).map((s) => s.key)).toEqual(['released', 'review']);
    expect(newStage(e, { productId: 'p', name: 'Ship it', color: '#112233', rank: 'b0' }).done).toBe(false);
  });
});
