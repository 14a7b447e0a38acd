// What a requirement in the doc means when it lacks a field. Every client reads stored rows with
// these values, so changing one (a factory default in domain/rows) would silently change rows
// already synced: give the doc its own copy of the old value instead.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeRow } from './docLayout';

describe('a requirement stored without its implied fields', () => {
  it('reads as its key, the doc’s product, and the defaults it was stored against', () => {
    const doc = new Y.Doc();
    const bare = new Y.Map<unknown>();
    doc.getMap('requirements').set('r1', bare);

    expect(decodeRow('requirements', bare, { id: 'r1', productId: 'p1' })).toEqual({
      id: 'r1',
      productId: 'p1',
      description: '',
      type: 'feature',
      priority: 'P2',
      ownerId: null,
      tags: [],
      dueDate: null,
      acceptanceCriteria: [],
      state: 'active',
      initiativeId: null,
      notes: [],
      links: [],
      startDate: null,
      estimate: null,
      dueDone: false,
      source: null,
      successMetric: null,
      scores: {
        rice: { reach: null, impact: null, confidence: null, effort: null },
        ice: { impact: null, confidence: null, ease: null },
        wsjf: { businessValue: null, timeCriticality: null, riskReduction: null, jobSize: null },
        moscow: null,
        kano: null,
      },
      iterationId: null,
      gateTicks: [],
      contributors: [],
      followUpOf: null,
      reviewDate: null,
      verdict: null,
      reviewedAt: null,
      learnings: '',
    });
  });

  it('keeps a stored value over the implied one, an older client’s id and product included', () => {
    const doc = new Y.Doc();
    const full = new Y.Map<unknown>();
    doc.getMap('requirements').set('r1', full);
    full.set('productId', 'elsewhere');
    full.set('priority', 'P0');

    expect(decodeRow('requirements', full, { id: 'r1', productId: 'p1' })).toMatchObject({
      productId: 'elsewhere',
      priority: 'P0',
    });
  });
});
