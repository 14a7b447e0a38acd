import { defaultProductSettings } from '../types';
import { noGate } from '../rows/stage';
import { requirementDefaults } from '../rows/requirement';
import { describe, expect, it } from 'vitest';
import { decodeFilters } from '../filters/url';
import { remapBackupIds } from './remap';
import type { BackupTables } from './format';

const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1 };

function tables(): BackupTables {
  return {
    products: [
      {
        ...base,
        id: 'p',
        productId: 'p',
        name: 'Shop',
        deleted: false,
        settings: defaultProductSettings(),
      },
    ],
    stages: [
      {
        ...base,
        id: 's1',
        productId: 'p',
        key: 'inbox',
        name: null,
        color: '#112233',
        rank: 'a',
        wipLimit: null,
        wipMode: 'warn',
        done: false,
        deleted: false,
        gate: noGate(),
      },
    ],
    members: [{ ...base, id: 'm', productId: 'p', name: 'Ana', role: 'pm', deleted: false }],
    tags: [{ ...base, id: 't', productId: 'p', name: 'payments', color: '#112233' }],
    lanes: [{ ...base, id: 'l', productId: 'p', name: 'Growth', color: '#112233', rank: 'a', deleted: false }],
    initiatives: [
      {
        ...base,
        id: 'i',
        productId: 'p',
        title: 'Launch',
        description: '',
        laneId: 'l',
        start: null,
        end: null,
        horizon: 'now',
        milestone: false,
        status: 'planned',
        ownerId: 'gone',
        color: null,
        rank: 'a',
        deleted: false,
      },
    ],
    requirements: [
      {
        ...requirementDefaults(),
        ...base,
        id: 'r',
        productId: 'p',
        title: 'Pay',
        description: '',
        type: 'feature',
        priority: 'P1',
        ownerId: 'm',
        tags: [],
        dueDate: null,
        acceptanceCriteria: [{ id: 'c', text: 'works', done: false }],
        stageId: 's1',
        rank: 'a',
        state: 'active',
        initiativeId: 'i',
        notes: [{ id: 'n', authorId: 'm', at: base.createdAt, text: 'from Trello' }],
        links: [],
        startDate: null,
        estimate: 3,
        dueDone: false,
        iterationId: 'it',
      },
    ],
    iterations: [
      {
        ...base,
        id: 'it',
        productId: 'p',
        name: 'Sprint 1',
        goal: '',
        startDate: '2026-01-05',
        endDate: '2026-01-16',
        state: 'active',
        capacityUnit: 'points',
        capacity: 20,
        memberCapacity: [
          { memberId: 'm', days: 10, daysOff: 1 },
          { memberId: 'gone', days: 10, daysOff: 0 },
        ],
        committedPoints: null,
        completedPoints: null,
        startedAt: null,
        closedAt: null,
        deleted: false,
      },
    ],
    templates: [],
    savedViews: [],
    competitors: [{ ...base, id: 'c1', productId: 'p', name: 'Rival', url: null, note: '', rank: 'a', deleted: false }],
    feedback: [
      {
        ...base,
        id: 'f',
        productId: 'p',
        text: 'Want Alipay',
        customer: 'Acme',
        segment: '',
        channel: 'support',
        date: '2026-01-02',
        url: null,
        requirementIds: ['r', 'elsewhere'],
        deleted: false,
      },
    ],
    capabilities: [
      {
        ...base,
        id: 'cap',
        productId: 'p',
        name: 'Payments',
        rank: 'a',
        ours: { level: 'partial', note: '' },
        cells: { c1: { level: 'has', note: 'since 2025' }, elsewhere: { level: 'no', note: '' } },
        requirementIds: ['r'],
        deleted: false,
      },
    ],
    events: [
      {
        id: 'e1',
        productId: 'p',
        entityId: 'r',
        type: 'requirement.moved',
        at: base.createdAt,
        data: { fromStageId: 's1', toStageId: 's1', fromRank: 'a', toRank: 'b' },
      },
      {
        id: 'e2',
        productId: 'p',
        entityId: 'i',
        type: 'initiative.linked',
        at: base.createdAt,
        data: { requirementId: 'r', previousInitiativeId: null },
      },
      {
        id: 'e3',
        productId: 'p',
        entityId: 's1',
        type: 'stage.deleted',
        at: base.createdAt,
        data: { movedTo: 's1', moved: 2 },
      },
    ],
  };
}

describe('remapBackupIds', () => {
  let n = 0;
  const newId = () => `new-${++n}`;

  it('gives every row a fresh id and rewrites every reference to it', () => {
    const out = remapBackupIds(tables(), newId);
    const product = out.products[0]!;
    const stage = out.stages[0]!;
    const requirement = out.requirements[0]!;
    const initiative = out.initiatives[0]!;
    expect(product.id).toMatch(/^new-/);
    expect(product.productId).toBe(product.id);
    expect(requirement).toMatchObject({
      productId: product.id,
      stageId: stage.id,
      ownerId: out.members[0]!.id,
      initiativeId: initiative.id,
    });
    expect(initiative.laneId).toBe(out.lanes[0]!.id);
    const [moved, linked, deleted] = out.events;
    expect(moved).toMatchObject({
      entityId: requirement.id,
      data: { fromStageId: stage.id, toStageId: stage.id, fromRank: 'a', toRank: 'b' },
    });
    expect(linked).toMatchObject({
      entityId: initiative.id,
      data: { requirementId: requirement.id, previousInitiativeId: null },
    });
    expect(deleted).toMatchObject({ entityId: stage.id, data: { movedTo: stage.id, moved: 2 } });
    const iteration = out.iterations[0]!;
    expect(requirement.iterationId).toBe(iteration.id);
    expect(requirement.notes[0]!.authorId).toBe(out.members[0]!.id);
    expect(iteration.memberCapacity).toEqual([{ memberId: out.members[0]!.id, days: 10, daysOff: 1 }]);
    expect(out.feedback[0]!.requirementIds).toEqual([requirement.id]);
    expect(out.capabilities[0]!.requirementIds).toEqual([requirement.id]);
    expect(out.capabilities[0]!.cells).toEqual({ [out.competitors[0]!.id]: { level: 'has', note: 'since 2025' } });
    const allIds = Object.values(out).flatMap((rows: { id: string }[]) => rows.map((r) => r.id));
    expect(allIds.every((id) => id.startsWith('new-'))).toBe(true);
  });

  it('gives gate items new ids and points ticks at them, dropping ticks of items not in the file', () => {
    const input = tables();
    input.stages[0]!.gate = { mode: 'warn', items: [{ id: 'gate-1', label: 'PRD linked', rule: null }] };
    input.requirements[0]!.gateTicks = ['gate-1', 'gate-elsewhere'];
    const out = remapBackupIds(input, newId);
    const item = out.stages[0]!.gate.items[0]!;
    expect(item).toMatchObject({ label: 'PRD linked', rule: null });
    expect(item.id).toMatch(/^new-/);
    expect(out.requirements[0]!.gateTicks).toEqual([item.id]);
  });

  it('points the product’s chosen flow stages at their new ids, and drops a stage not in the file', () => {
    const input = tables();
    input.products[0]!.settings = { ...defaultProductSettings(), flowStartStageId: 's1', flowDoneStageId: 'gone' };
    const out = remapBackupIds(input, newId);
    expect(out.products[0]!.settings).toMatchObject({ flowStartStageId: out.stages[0]!.id, flowDoneStageId: null });
  });

  it('points a saved view’s stages and owners at their new ids, keeping its other filters', () => {
    const input = tables();
    input.savedViews = [
      {
        ...base,
        id: 'v',
        productId: 'p',
        name: 'Mine in Inbox',
        query: 'q=refund&stage=s1&stage=gone&priority=P0&owner=m&owner=none&owner=elsewhere&tag=payments',
        deleted: false,
      },
    ];
    const out = remapBackupIds(input, newId);
    const view = out.savedViews[0]!;
    expect(view.productId).toBe(out.products[0]!.id);
    expect(decodeFilters(view.query)).toMatchObject({
      q: 'refund',
      stages: [out.stages[0]!.id],
      priorities: ['P0'],
      owners: [out.members[0]!.id, 'none'],
      tags: ['payments'],
    });
  });

  it('clears an owner who is not in the file instead of pointing at someone elsewhere', () => {
    expect(remapBackupIds(tables(), newId).initiatives[0]!.ownerId).toBeNull();
  });

  it('leaves the input untouched and keeps ids inside a requirement (checklist items)', () => {
    const input = tables();
    const out = remapBackupIds(input, newId);
    expect(input.requirements[0]!.id).toBe('r');
    expect(out.requirements[0]!.acceptanceCriteria[0]!.id).toBe('c');
  });
});
