// What an importer produces: everything to write, still free of database ids,
// so it can be previewed, counted and validated before anything is written.
import type { DefaultStageKey, Priority, RequirementType } from '../types';

export type ImportSource = 'trello' | 'jira' | 'csv';

export type ProblemCode =
  | 'emptyFile'
  | 'invalidJson'
  | 'invalidShape'
  | 'notADate'
  | 'notANumber'
  | 'missingTitle'
  | 'titleTooLong'
  | 'tooLong'
  | 'unterminatedQuote'
  | 'fieldCount'
  | 'noTitleColumn'
  | 'unknownList'
  | 'duplicateListId'
  | 'duplicateCardId'
  | 'noRows';

export interface ImportProblem {
  /** Where in the file: a JSON path like `cards[12].due`, or `line 14` / `line 14, Due date`. */
  where: string;
  code: ProblemCode;
  /** The offending value or the validator's words, shown after the translated message. */
  detail: string;
  /** Blocking problems disable Import; warnings are shown and the import proceeds. */
  blocking: boolean;
}

export interface PlanStage {
  /** Source identity: a Trello list id, a Jira status, a CSV stage value. */
  key: string;
  name: string;
  /** The lifecycle stage this most likely is, offered as the default mapping; null: create new. */
  suggested: DefaultStageKey | null;
  archived: boolean;
}

export interface PlanMember {
  key: string;
  name: string;
}

export interface PlanTag {
  name: string;
  color: string;
}

export interface PlanInitiative {
  key: string;
  title: string;
  description: string;
}

export interface PlanNote {
  authorKey: string | null;
  /** ISO timestamp. */
  at: string;
  text: string;
}

export interface PlanRequirement {
  /** Source identity (card id, issue key, line), for messages and parent links. */
  key: string;
  title: string;
  description: string;
  type: RequirementType;
  /** The source's priority word, mapped to P0–P3 in the mapping step; null: P2. */
  priority: string | null;
  stageKey: string;
  ownerKey: string | null;
  tags: string[];
  dueDate: string | null;
  dueDone: boolean;
  startDate: string | null;
  estimate: number | null;
  acceptanceCriteria: { text: string; done: boolean }[];
  notes: PlanNote[];
  links: { label: string; url: string }[];
  archived: boolean;
  initiativeKey: string | null;
  /** The iteration (a Jira sprint) it is planned in; absent or null when none. */
  iterationKey?: string | null;
  /** ISO timestamps from the source, when it has them. */
  createdAt: string | null;
  updatedAt: string | null;
}

/** A sprint from the source; it becomes a planned iteration. */
export interface PlanIteration {
  key: string;
  name: string;
}

export interface ImportPlan {
  source: ImportSource;
  /** Board or project name: the default name of the product the import creates. */
  name: string;
  stages: PlanStage[];
  members: PlanMember[];
  tags: PlanTag[];
  initiatives: PlanInitiative[];
  /** Sources with sprints (Jira) only. */
  iterations?: PlanIteration[];
  /** In board order within each stage (Trello `pos`, file order otherwise). */
  requirements: PlanRequirement[];
  /** Distinct source priority words, in first-seen order, for the mapping step. */
  priorities: string[];
  problems: ImportProblem[];
}

/** A plan with nothing to import: a refused file, or one whose problems block it. */
export function emptyPlan(source: ImportSource, name: string, problems: ImportProblem[] = []): ImportPlan {
  return {
    source,
    name,
    stages: [],
    members: [],
    tags: [],
    initiatives: [],
    requirements: [],
    priorities: [],
    problems,
  };
}

export interface PlanCounts {
  requirements: number;
  stages: number;
  members: number;
  archived: number;
  initiatives: number;
  tags: number;
}

export function countPlan(plan: ImportPlan): PlanCounts {
  return {
    requirements: plan.requirements.length,
    stages: plan.stages.length,
    members: plan.members.length,
    archived: plan.requirements.filter((r) => r.archived).length,
    initiatives: plan.initiatives.length,
    tags: plan.tags.length,
  };
}

export function hasBlockingProblems(plan: ImportPlan): boolean {
  return plan.problems.some((p) => p.blocking);
}

/** How the PM mapped the plan in the mapping step. */
export interface ImportMapping {
  /** Plan stage key → 'new' (create a stage named after it) or a target stage reference. */
  stages: Record<string, string>;
  /** Source priority word → P0–P3. */
  priorities: Record<string, Priority>;
}

const STAGE_HINTS: [DefaultStageKey, RegExp][] = [
  ['released', /\b(done|released?|shipped|closed|complete[d]?|live)\b|完成|已发布|上线/i],
  ['review', /\breview\b|评审|复盘/i],
  ['testing', /\b(test(ing)?|qa|verify|verification)\b|测试/i],
  ['development', /\b(in progress|doing|develop(ment)?|build(ing)?|wip)\b|开发|进行中/i],
  ['design', /\bdesign\b|设计/i],
  ['analysis', /\b(analysis|ready|refine(ment)?|spec|selected)\b|分析/i],
  ['inbox', /\b(inbox|backlog|ideas?|to ?do|open|new)\b|待办|收件箱|想法/i],
];

/** A lifecycle stage a source status/list name most likely means, or null. */
export function suggestStage(name: string): DefaultStageKey | null {
  for (const [key, pattern] of STAGE_HINTS) if (pattern.test(name)) return key;
  return null;
}

const PRIORITY_HINTS: [Priority, RegExp][] = [
  ['P0', /^(p0|highest|blocker|critical|urgent|最高|紧急)$/i],
  ['P1', /^(p1|high|major|高)$/i],
  ['P2', /^(p2|medium|normal|中)$/i],
  ['P3', /^(p3|p4|low|lowest|minor|trivial|低|最低)$/i],
];

export function suggestPriority(word: string): Priority {
  const trimmed = word.trim();
  for (const [priority, pattern] of PRIORITY_HINTS) if (pattern.test(trimmed)) return priority;
  return 'P2';
}

/** The mapping offered before the PM changes anything. */
export function defaultMapping(plan: ImportPlan): ImportMapping {
  return {
    stages: Object.fromEntries(
      plan.stages.map((s) => [s.key, s.suggested === null ? 'new' : `default:${s.suggested}`]),
    ),
    priorities: Object.fromEntries(plan.priorities.map((p) => [p, suggestPriority(p)])),
  };
}

/** Tags are at most 50 characters and 50 per requirement (requirementSchema). */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().slice(0, 50);
    if (tag !== '' && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 50);
}
