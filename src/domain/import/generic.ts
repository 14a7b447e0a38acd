// Any CSV/TSV: the PM says which column holds what; the plan is built from that mapping.
import { REQUIREMENT_TYPES, type RequirementType } from '../types';
import { parseDateTime } from './dates';
import {
  cleanTags,
  emptyPlan,
  suggestStage,
  type ImportPlan,
  type ImportProblem,
  type PlanRequirement,
  type PlanStage,
} from './plan';
import type { Table } from './table';

export const GENERIC_FIELDS = [
  'ignore',
  'title',
  'description',
  'stage',
  'priority',
  'type',
  'tags',
  'dueDate',
  'startDate',
  'owner',
  'estimate',
  'note',
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];

/** Column index → field. */
export type ColumnMapping = GenericField[];

const GUESSES: [GenericField, RegExp][] = [
  ['title', /^(title|summary|name|requirement|标题|名称|需求|摘要)$/i],
  ['description', /^(description|details?|desc|描述|说明|详情)$/i],
  ['stage', /^(stage|status|state|list|column|阶段|状态|列表)$/i],
  ['priority', /^(priority|prio|优先级)$/i],
  ['type', /^(type|issue type|kind|类型)$/i],
  ['tags', /^(tags?|labels?|标签)$/i],
  ['dueDate', /^(due|due date|deadline|截止日期|到期日|截止时间)$/i],
  ['startDate', /^(start|start date|开始日期|开始时间)$/i],
  ['owner', /^(owner|assignee|responsible|负责人|经办人|处理人)$/i],
  ['estimate', /^(estimate|story points?|points|估算|故事点)$/i],
  ['note', /^(notes?|comments?|备注|评论)$/i],
];

/** A first mapping from header names; each field is taken by the first matching column. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<GenericField>();
  return headers.map((header) => {
    for (const [field, pattern] of GUESSES) {
      if (pattern.test(header.trim()) && (!taken.has(field) || field === 'tags' || field === 'note')) {
        taken.add(field);
        return field;
      }
    }
    return 'ignore';
  });
}

const TYPE_WORDS: Record<string, RequirementType> = {
  功能: 'feature',
  改进: 'improvement',
  缺陷: 'bug',
  调研: 'research',
  story: 'feature',
  task: 'feature',
};

function typeOf(word: string): RequirementType {
  const w = word.trim().toLowerCase();
  if ((REQUIREMENT_TYPES as readonly string[]).includes(w)) return w as RequirementType;
  if (/bug|defect/.test(w)) return 'bug';
  return TYPE_WORDS[w] ?? 'feature';
}

export const DEFAULT_STAGE_KEY = '';

export function buildGenericPlan(table: Table, mapping: ColumnMapping, name: string): ImportPlan {
  const problems: ImportProblem[] = [...table.problems];
  const cols = (field: GenericField) => mapping.flatMap((f, i) => (f === field ? [i] : []));
  const titleCol = cols('title')[0];
  if (titleCol === undefined) {
    problems.push({ where: 'line 1', code: 'noTitleColumn', detail: '', blocking: true });
    return emptyPlan('csv', name, problems);
  }
  const cell = (cells: string[], field: GenericField) => {
    const c = cols(field)[0];
    return c === undefined ? '' : (cells[c] ?? '').trim();
  };
  const header = (field: GenericField) => table.headers[cols(field)[0] ?? 0] ?? field;
  const stages: PlanStage[] = [];
  const members: ImportPlan['members'] = [];
  const priorities: string[] = [];
  const requirements: PlanRequirement[] = [];
  for (const { cells, line } of table.rows) {
    const where = (field: GenericField) => `line ${line}, ${header(field)}`;
    const title = (cells[titleCol] ?? '').trim();
    if (title === '') {
      problems.push({ where: where('title'), code: 'missingTitle', detail: '', blocking: true });
      continue;
    }
    if (title.length > 500)
      problems.push({ where: where('title'), code: 'titleTooLong', detail: `${title.length}`, blocking: false });
    const stage = cell(cells, 'stage');
    const stageKey = stage === '' ? DEFAULT_STAGE_KEY : stage;
    if (!stages.some((s) => s.key === stageKey)) {
      stages.push({
        key: stageKey,
        name: stage === '' ? 'Inbox' : stage.slice(0, 100),
        suggested: stage === '' ? 'inbox' : suggestStage(stage),
        archived: false,
      });
    }
    const priority = cell(cells, 'priority');
    if (priority !== '' && !priorities.includes(priority)) priorities.push(priority);
    const owner = cell(cells, 'owner');
    if (owner !== '' && !members.some((m) => m.key === owner)) members.push({ key: owner, name: owner.slice(0, 100) });
    const day = (field: 'dueDate' | 'startDate') => {
      const value = cell(cells, field);
      if (value === '') return null;
      const parsed = parseDateTime(value);
      if (!parsed) problems.push({ where: where(field), code: 'notADate', detail: value, blocking: true });
      return parsed?.day ?? null;
    };
    const points = cell(cells, 'estimate');
    let estimate: number | null = null;
    if (points !== '') {
      const n = Number(points.replace(',', '.'));
      if (Number.isFinite(n) && n >= 0) estimate = n;
      else problems.push({ where: where('estimate'), code: 'notANumber', detail: points, blocking: true });
    }
    requirements.push({
      key: `line ${line}`,
      title: title.slice(0, 500),
      description: cell(cells, 'description').slice(0, 100_000),
      type: typeOf(cell(cells, 'type')),
      priority: priority === '' ? null : priority,
      stageKey,
      ownerKey: owner === '' ? null : owner,
      tags: cleanTags(cols('tags').flatMap((c) => (cells[c] ?? '').split(/[,;，、]/))),
      dueDate: day('dueDate'),
      dueDone: false,
      startDate: day('startDate'),
      estimate,
      acceptanceCriteria: [],
      notes: cols('note').flatMap((c) => {
        const text = (cells[c] ?? '').trim();
        return text === '' ? [] : [{ authorKey: null, at: '', text }];
      }),
      links: [],
      archived: false,
      initiativeKey: null,
      createdAt: null,
      updatedAt: null,
    });
  }
  return { source: 'csv', name, stages, members, tags: [], initiatives: [], requirements, priorities, problems };
}
