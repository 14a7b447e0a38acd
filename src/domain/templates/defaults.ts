// The built-in description templates, in both UI languages. A product uses these
// until it saves its own edited copy of a kind (a row in `templates`).
import type { Template, TemplateKind } from './types';

export type TemplateLanguage = 'en' | 'zh-CN';
export type BuiltInKind = Exclude<TemplateKind, 'custom'>;
export const BUILT_IN_KINDS: readonly BuiltInKind[] = ['prd', 'bug', 'research'];

export interface TemplateText {
  name: string;
  body: string;
}

function sections(headings: readonly string[], hints: readonly string[]): string {
  return headings.map((heading, i) => `## ${heading}\n\n${hints[i] ?? ''}\n`).join('\n');
}

const DEFAULTS: Record<TemplateLanguage, Record<BuiltInKind, TemplateText>> = {
  en: {
    prd: {
      name: 'PRD',
      body: sections(
        ['Background', 'Goals', 'User stories', 'Solution', 'Acceptance criteria', 'Metrics', 'Risks'],
        [
          'Why now? What problem, for whom, and what evidence.',
          'What changes for users and the business if this works.',
          '- As a …, I want …, so that …',
          'What we build; link the prototype and design.',
          '- …',
          'Metric, baseline → target.',
          'What could go wrong, and what we do about it.',
        ],
      ),
    },
    bug: {
      name: 'Bug report',
      body: sections(
        ['Steps to reproduce', 'Expected', 'Actual', 'Environment', 'Impact'],
        [
          '1. …',
          'What should happen.',
          'What happens instead.',
          'App version, device, browser.',
          'Who is affected, how often.',
        ],
      ),
    },
    research: {
      name: 'Research question',
      body: sections(
        ['Question', 'Hypothesis', 'Method', 'Participants', 'Findings'],
        [
          'What do we need to learn?',
          'What we believe, and how we would know we are wrong.',
          'Interviews, survey, data analysis…',
          'Who, and how many.',
          'Filled in after the research.',
        ],
      ),
    },
  },
  'zh-CN': {
    prd: {
      name: 'PRD 需求文档',
      body: sections(
        ['背景', '目标', '用户故事', '方案', '验收标准', '指标', '风险'],
        [
          '为什么现在做？为谁解决什么问题，有什么证据。',
          '做成之后，用户和业务会有什么变化。',
          '- 作为……，我希望……，以便……',
          '做什么；附上原型和设计稿链接。',
          '- ……',
          '指标，基线 → 目标。',
          '可能出什么问题，如何应对。',
        ],
      ),
    },
    bug: {
      name: '缺陷报告',
      body: sections(
        ['复现步骤', '预期结果', '实际结果', '环境', '影响'],
        ['1. ……', '应该发生什么。', '实际发生了什么。', '应用版本、设备、浏览器。', '影响谁，频率如何。'],
      ),
    },
    research: {
      name: '调研问题',
      body: sections(
        ['问题', '假设', '方法', '对象', '结论'],
        [
          '我们需要弄清楚什么？',
          '我们相信什么，怎样证明我们错了。',
          '访谈、问卷、数据分析……',
          '调研谁，多少人。',
          '调研后填写。',
        ],
      ),
    },
  },
};

export function builtInTemplate(kind: BuiltInKind, language: TemplateLanguage): TemplateText {
  return DEFAULTS[language][kind];
}

/** One entry of the template picker: a built-in default, or a product's saved row. */
export interface TemplateChoice {
  /** The row id, or `builtin:<kind>` for a default the product has not edited. */
  id: string;
  kind: TemplateKind;
  name: string;
  body: string;
  /** The product's own row, when it has saved one. */
  row: Template | null;
}

/**
 * What the picker offers: each built-in kind (the product's edited copy when it
 * saved one, else the translated default), then the product's custom templates.
 */
export function templateChoices(rows: readonly Template[], language: TemplateLanguage): TemplateChoice[] {
  const live = rows.filter((row) => !row.deleted).sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const builtIns = BUILT_IN_KINDS.map((kind): TemplateChoice => {
    const row = live.find((r) => r.kind === kind);
    if (row) return { id: row.id, kind, name: row.name, body: row.body, row };
    const text = builtInTemplate(kind, language);
    return { id: `builtin:${kind}`, kind, name: text.name, body: text.body, row: null };
  });
  const custom = live
    .filter((r) => r.kind === 'custom')
    .map((row): TemplateChoice => ({ id: row.id, kind: 'custom', name: row.name, body: row.body, row }));
  return [...builtIns, ...custom];
}
