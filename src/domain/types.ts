// The nouns of Cairn. Schemas are the single source of the row shapes: the db
// validates rows that come from older versions or imports against them.
// zod/mini: the functional build tree-shakes to a fraction of classic zod,
// and these schemas load with the board.
import { z } from 'zod/mini';
import { dayString, isoDateTime, rowBase } from './rowBase';
import { CARD_SCORES, scoresSchema } from './scoring/types';

export const STAGE_KEYS = ['inbox', 'analysis', 'design', 'development', 'testing', 'released', 'review'] as const;
export type DefaultStageKey = (typeof STAGE_KEYS)[number];

export const REQUIREMENT_TYPES = ['feature', 'improvement', 'bug', 'research'] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MEMBER_ROLES = ['pm', 'design', 'engineering', 'qa', 'ops', 'data'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** active: on the board; archived: kept out of the way; deleted: in the trash (soft). */
export const REQUIREMENT_STATES = ['active', 'archived', 'deleted'] as const;
export type RequirementState = (typeof REQUIREMENT_STATES)[number];

export const WIP_MODES = ['warn', 'block'] as const;
export type WipMode = (typeof WIP_MODES)[number];

/** A stage's exit check (schema version 5): off, warn (the move happens and records what was skipped) or strict (refused). */
export const GATE_MODES = ['off', 'warn', 'strict'] as const;
export type GateMode = (typeof GATE_MODES)[number];

/** Gate items checked from the requirement's own fields; an item without a rule is a manual tick. */
export const GATE_RULES = [
  'description',
  'successMetric',
  'score',
  'acceptanceCriteria',
  'owner',
  'estimate',
  'initiative',
] as const;
export type GateRule = (typeof GATE_RULES)[number];

/** What a review of a released requirement concluded (schema version 5). */
export const VERDICTS = ['hit', 'partly', 'missed', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

export { dayString } from './rowBase';

export const productSchema = z.object({
  id: z.string().check(z.minLength(1)),
  // A product belongs to itself: keeps "every row has productId" true for sync.
  productId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.int().check(z.nonnegative()),
  deleted: z.boolean(),
  /** Schema version 4. */
  settings: z.object({
    /** The score shown on cards and used to rank. */
    cardScore: z.enum(CARD_SCORES),
    /** More than one active iteration at a time (parallel teams). */
    parallelIterations: z.boolean(),
    /** Schema version 5: weeks after reaching a done stage when a requirement's metric is due for review. */
    reviewAfterWeeks: z.int().check(z.minimum(0), z.maximum(104)),
    /** Cycle time runs from entering this stage to entering the done one; null means the lifecycle default. */
    flowStartStageId: z.nullable(z.string().check(z.minLength(1))),
    flowDoneStageId: z.nullable(z.string().check(z.minLength(1))),
    /** Cards older than their stage's P85 cycle time show an age marker. */
    ageMarkers: z.boolean(),
  }),
});
export type Product = z.infer<typeof productSchema>;

export const gateItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** As typed for a manual item; empty for a rule, which is named in the UI language. */
  label: z.string().check(z.maxLength(200)),
  rule: z.nullable(z.enum(GATE_RULES)),
});
export type GateItem = z.infer<typeof gateItemSchema>;

export const stageGateSchema = z.object({
  mode: z.enum(GATE_MODES),
  items: z.array(gateItemSchema).check(z.maxLength(50)),
});
export type StageGate = z.infer<typeof stageGateSchema>;

export const stageSchema = z.object({
  ...rowBase,
  /** Fixed key for the default lifecycle stages; null for stages the PM added. */
  key: z.nullable(z.string()),
  /** null means "the default name for `key`, in the UI language"; otherwise exactly as typed. */
  name: z.nullable(z.string().check(z.maxLength(100))),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  rank: z.string().check(z.minLength(1)),
  wipLimit: z.nullable(z.int().check(z.positive())),
  wipMode: z.enum(WIP_MODES),
  /** Reaching this stage means the work is done (burndown, velocity); schema version 4. */
  done: z.boolean(),
  deleted: z.boolean(),
  /** What must hold before a requirement leaves this stage; schema version 5. */
  gate: stageGateSchema,
});
export type Stage = z.infer<typeof stageSchema>;

export const checklistItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.maxLength(500)),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A dated remark on a requirement (e.g. an imported comment). Markdown. */
export const noteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  authorId: z.nullable(z.string()),
  at: isoDateTime,
  text: z.string().check(z.maxLength(100_000)),
});
export type Note = z.infer<typeof noteSchema>;

export const linkSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.maxLength(500)),
  url: z.string().check(z.minLength(1), z.maxLength(4000)),
});
export type Link = z.infer<typeof linkSchema>;

export const REQUIREMENT_SOURCES = ['feedback', 'interview', 'data', 'competitor', 'strategy', 'other'] as const;
export type RequirementSource = (typeof REQUIREMENT_SOURCES)[number];

/** What success looks like, measured: baseline → target, and the actual once known. */
export const successMetricSchema = z.object({
  name: z.string().check(z.maxLength(200)),
  unit: z.string().check(z.maxLength(50)),
  baseline: z.nullable(z.number()),
  target: z.nullable(z.number()),
  actual: z.nullable(z.number()),
});
export type SuccessMetric = z.infer<typeof successMetricSchema>;

export const contributorSchema = z.object({
  memberId: z.string().check(z.minLength(1)),
  role: z.enum(MEMBER_ROLES),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const requirementSchema = z.object({
  ...rowBase,
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  description: z.string().check(z.maxLength(100_000)),
  type: z.enum(REQUIREMENT_TYPES),
  priority: z.enum(PRIORITIES),
  ownerId: z.nullable(z.string()),
  tags: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.maxLength(50)),
  dueDate: z.nullable(dayString),
  acceptanceCriteria: z.array(checklistItemSchema).check(z.maxLength(200)),
  stageId: z.string().check(z.minLength(1)),
  rank: z.string().check(z.minLength(1)),
  state: z.enum(REQUIREMENT_STATES),
  /** The roadmap initiative this requirement delivers; null when unplanned (schema version 2). */
  initiativeId: z.nullable(z.string().check(z.minLength(1))),
  /** Schema version 3 (import): read-only in the panel for now. */
  notes: z.array(noteSchema),
  links: z.array(linkSchema),
  startDate: z.nullable(dayString),
  /** Story points; null when not estimated. */
  estimate: z.nullable(z.number().check(z.nonnegative())),
  /** The due date was met (Trello's dueComplete). */
  dueDone: z.boolean(),
  /** Schema version 4 (workspace, iterations). */
  source: z.nullable(z.enum(REQUIREMENT_SOURCES)),
  successMetric: z.nullable(successMetricSchema),
  scores: scoresSchema,
  iterationId: z.nullable(z.string().check(z.minLength(1))),
  /** Schema version 5: the manual gate items ticked, by gate item id (ids are unique across stages). */
  gateTicks: z.array(z.string().check(z.minLength(1))).check(z.maxLength(500)),
  /** People working on it besides the owner, each in a role. */
  contributors: z.array(contributorSchema).check(z.maxLength(50)),
  /** The requirement whose review learning this follows up; the link back is found by this field. */
  followUpOf: z.nullable(z.string().check(z.minLength(1))),
  /** The review of the success metric: when it is due, what it concluded and when, what was learnt (Markdown). */
  reviewDate: z.nullable(dayString),
  verdict: z.nullable(z.enum(VERDICTS)),
  reviewedAt: z.nullable(isoDateTime),
  learnings: z.string().check(z.maxLength(100_000)),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** The fields a person edits in the detail panel. */
export const requirementPatchSchema = z.partial(
  z.pick(requirementSchema, {
    title: true,
    description: true,
    type: true,
    priority: true,
    ownerId: true,
    tags: true,
    dueDate: true,
    acceptanceCriteria: true,
    notes: true,
    links: true,
    estimate: true,
    startDate: true,
    source: true,
    successMetric: true,
    scores: true,
    iterationId: true,
    gateTicks: true,
    contributors: true,
    reviewDate: true,
    verdict: true,
    reviewedAt: true,
    learnings: true,
  }),
);
export type RequirementPatch = z.infer<typeof requirementPatchSchema>;

/** A tag's colour within a product (schema version 3); tags without a row use the default look. */
export const tagSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(50)),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
});
export type Tag = z.infer<typeof tagSchema>;

export const memberSchema = z.object({
  ...rowBase,
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  role: z.enum(MEMBER_ROLES),
  deleted: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

export const EVENT_TYPES = [
  'requirement.created',
  'requirement.moved',
  'requirement.edited',
  'requirement.archived',
  'requirement.deleted',
  'requirement.restored',
  'stage.created',
  'stage.edited',
  'stage.moved',
  'stage.deleted',
  'product.created',
  'product.renamed',
  'member.created',
  'lane.created',
  'lane.edited',
  'lane.moved',
  'lane.deleted',
  'initiative.created',
  'initiative.edited',
  'initiative.moved',
  'initiative.deleted',
  'initiative.linked',
  'initiative.unlinked',
  'import.applied',
  'import.undone',
  // Schema version 4: the requirements workspace and iterations.
  'requirement.purged',
  'product.settingsChanged',
  'iteration.created',
  'iteration.edited',
  'iteration.started',
  'iteration.closed',
  'iteration.deleted',
  'iteration.planned',
  'iteration.unplanned',
  'feedback.created',
  'feedback.edited',
  'feedback.deleted',
  'feedback.linked',
  'feedback.unlinked',
  'competitor.created',
  'competitor.edited',
  'competitor.deleted',
  'capability.created',
  'capability.edited',
  'capability.deleted',
  'template.created',
  'template.edited',
  'template.deleted',
  'view.saved',
  'view.deleted',
  // Members edited in Settings (issue 18): name, role and removal, each as { from, to }.
  'member.edited',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Append-only change log: feeds history, undo, cycle time and flow charts later. */
export const eventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  productId: z.string().check(z.minLength(1)),
  entityId: z.string().check(z.minLength(1)),
  type: z.enum(EVENT_TYPES),
  at: isoDateTime,
  /** Small, event-specific payload (e.g. from/to stage); never the whole row. */
  data: z.record(z.string(), z.unknown()),
});
export type CairnEvent = z.infer<typeof eventSchema>;

/** Injected so domain code stays deterministic in tests: no Date.now or random ids here. */
export interface Env {
  now: () => string;
  newId: () => string;
}

export function defaultProductSettings(): Product['settings'] {
  return {
    cardScore: 'rice',
    parallelIterations: false,
    reviewAfterWeeks: 4,
    flowStartStageId: null,
    flowDoneStageId: null,
    ageMarkers: true,
  };
}

/** Stages whose arrival means done, unless the product says otherwise. */
export function isDoneByDefault(key: string | null): boolean {
  return key === 'released' || key === 'review';
}
