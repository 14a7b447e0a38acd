import { describe, expect, it } from 'vitest';
import type { Template } from './types';
import { BUILT_IN_KINDS, builtInTemplate, templateChoices } from './defaults';

const headings = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

describe('built-in templates', () => {
  it('give a PRD with the seven sections in English', () => {
    expect(headings(builtInTemplate('prd', 'en').body)).toEqual([
      'Background',
      'Goals',
      'User stories',
      'Solution',
      'Acceptance criteria',
      'Metrics',
      'Risks',
    ]);
  });

  it('give a PRD with the seven sections in Chinese', () => {
    expect(headings(builtInTemplate('prd', 'zh-CN').body)).toEqual([
      '背景',
      '目标',
      '用户故事',
      '方案',
      '验收标准',
      '指标',
      '风险',
    ]);
  });

  it('have a name and the same number of sections in both languages for every kind', () => {
    for (const kind of BUILT_IN_KINDS) {
      const en = builtInTemplate(kind, 'en');
      const zh = builtInTemplate(kind, 'zh-CN');
      expect(en.name && zh.name).toBeTruthy();
      expect(headings(zh.body)).toHaveLength(headings(en.body).length);
      expect(headings(en.body).length).toBeGreaterThan(2);
    }
  });
});

function row(overrides: Partial<Template>): Template {
  return {
    id: 't',
    productId: 'p',
    kind: 'custom',
    name: 'x',
    body: '',
    rank: 'a0',
    deleted: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('templateChoices', () => {
  it('offers the translated defaults until the product saves its own copy, then its custom templates', () => {
    expect(templateChoices([], 'zh-CN').map((c) => [c.id, c.name])).toEqual([
      ['builtin:prd', 'PRD 需求文档'],
      ['builtin:bug', '缺陷报告'],
      ['builtin:research', '调研问题'],
    ]);
    const rows = [
      row({ id: 'mine', kind: 'prd', name: 'Our PRD', body: '## Why' }),
      row({ id: 'exp', name: 'Experiment', rank: 'a1' }),
      row({ id: 'gone', name: 'Old', deleted: true }),
    ];
    const choices = templateChoices(rows, 'en');
    expect(choices.map((c) => [c.id, c.name])).toEqual([
      ['mine', 'Our PRD'],
      ['builtin:bug', 'Bug report'],
      ['builtin:research', 'Research question'],
      ['exp', 'Experiment'],
    ]);
  });

  it('goes back to the default when the product deletes its copy', () => {
    expect(templateChoices([row({ id: 'mine', kind: 'prd', deleted: true })], 'en')[0]?.id).toBe('builtin:prd');
  });
});
