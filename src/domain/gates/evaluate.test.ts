import { describe, expect, it } from 'vitest';
import { requirementDefaults } from '../rows/requirement';
import type { GateItem, Stage, StageGate } from '../types';
import { checkGateExit, gateProgress, ruleMet, skippedGates, type GateFields } from './evaluate';

function fields(overrides: Partial<GateFields> = {}): GateFields {
  return { ...requirementDefaults(), ...overrides };
}

const owner: GateItem = { id: 'g-owner', label: '', rule: 'owner' };
const estimate: GateItem = { id: 'g-estimate', label: '', rule: 'estimate' };
const problem: GateItem = { id: 'g-problem', label: 'Problem statement written', rule: null };

function stage(id: string, rank: string, gate: StageGate): Stage {
  return {
    id,
    productId: 'p',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    key: null,
    name: id,
    color: '#000000',
    rank,
    wipLimit: null,
    wipMode: 'warn',
    done: false,
    deleted: false,
    gate,
  };
}

describe('gate rules', () => {
  it('reads each rule from its field, blank text counting as missing', () => {
    const empty = fields({ description: '  ' });
    const full = fields({
      description: 'Why',
      successMetric: { name: 'Conversion', unit: '%', baseline: 1, target: 2, actual: null },
      acceptanceCriteria: [{ id: 'a', text: 'Works offline', done: false }],
      ownerId: 'm1',
      estimate: 0,
      initiativeId: 'i1',
    });
    for (const rule of [
      'description',
      'successMetric',
      'acceptanceCriteria',
      'owner',
      'estimate',
      'initiative',
    ] as const) {
      expect([rule, ruleMet(rule, empty, 'none')]).toEqual([rule, false]);
      expect([rule, ruleMet(rule, full, 'none')]).toEqual([rule, true]);
    }
    expect(
      ruleMet('acceptanceCriteria', fields({ acceptanceCriteria: [{ id: 'a', text: ' ', done: true }] }), 'none'),
    ).toBe(false);
    expect(
      ruleMet(
        'successMetric',
        fields({ successMetric: { name: '', unit: '', baseline: null, target: null, actual: null } }),
        'none',
      ),
    ).toBe(false);
  });

  it('"score" is the product\'s card score, or any score when the cards show none', () => {
    const moscowOnly = fields({ scores: { ...requirementDefaults().scores, moscow: 'must' } });
    expect(ruleMet('score', moscowOnly, 'moscow')).toBe(true);
    expect(ruleMet('score', moscowOnly, 'rice')).toBe(false);
    expect(ruleMet('score', moscowOnly, 'none')).toBe(true);
    expect(ruleMet('score', fields(), 'none')).toBe(false);
    const rice = fields({
      scores: { ...requirementDefaults().scores, rice: { reach: 100, impact: 1, confidence: 80, effort: 2 } },
    });
    expect(ruleMet('score', rice, 'rice')).toBe(true);
  });

  it("counts progress n of m and lists what is missing in the gate's order", () => {
    const gate: StageGate = { mode: 'warn', items: [problem, owner, estimate] };
    expect(gateProgress(gate, fields({ ownerId: 'm1' }), 'none')).toEqual({
      done: 1,
      total: 3,
      missing: [problem, estimate],
    });
    expect(gateProgress(gate, fields({ ownerId: 'm1', estimate: 3, gateTicks: ['g-problem'] }), 'none')).toEqual({
      done: 3,
      total: 3,
      missing: [],
    });
  });

  it('a manual item is met only by its own tick', () => {
    const gate: StageGate = { mode: 'strict', items: [problem] };
    expect(gateProgress(gate, fields({ gateTicks: ['other-item'] }), 'none').done).toBe(0);
    expect(gateProgress(gate, fields({ gateTicks: ['g-problem'] }), 'none').done).toBe(1);
  });

  it('an off gate counts nothing, whatever its items', () => {
    expect(gateProgress({ mode: 'off', items: [owner] }, fields(), 'none')).toEqual({ done: 0, total: 0, missing: [] });
  });
});

describe('leaving a stage', () => {
  const analysis = stage('analysis', 'b', { mode: 'strict', items: [owner, problem] });
  const inbox = stage('inbox', 'a', { mode: 'off', items: [] });
  const design = stage('design', 'c', { mode: 'warn', items: [estimate] });
  const testing = stage('testing', 'd', { mode: 'off', items: [] });

  it('a strict gate blocks a move forward and names what is missing', () => {
    expect(checkGateExit(analysis, design, fields({ ownerId: 'm1' }), 'none')).toEqual({
      kind: 'block',
      missing: [problem],
    });
  });

  it('a jump over several stages checks the gate of the stage it leaves', () => {
    expect(checkGateExit(analysis, testing, fields(), 'none')).toEqual({ kind: 'block', missing: [owner, problem] });
    expect(checkGateExit(inbox, testing, fields(), 'none')).toEqual({ kind: 'pass' });
  });

  it('a warn gate lets the move through with what was skipped', () => {
    expect(checkGateExit(design, testing, fields(), 'none')).toEqual({ kind: 'warn', missing: [estimate] });
  });

  it('moving back or within the stage is never gated', () => {
    expect(checkGateExit(analysis, inbox, fields(), 'none')).toEqual({ kind: 'pass' });
    expect(checkGateExit(analysis, analysis, fields(), 'none')).toEqual({ kind: 'pass' });
  });

  it('a met gate passes', () => {
    expect(checkGateExit(analysis, design, fields({ ownerId: 'm1', gateTicks: ['g-problem'] }), 'none')).toEqual({
      kind: 'pass',
    });
  });

  it('lists what earlier gates are still missing for a card further on', () => {
    const stages = [inbox, analysis, design, testing];
    expect(skippedGates(stages, testing, fields({ ownerId: 'm1' }), 'none')).toEqual([problem, estimate]);
    expect(skippedGates(stages, analysis, fields(), 'none')).toEqual([]);
  });
});
