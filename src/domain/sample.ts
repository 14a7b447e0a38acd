// A generated product of any size (100 to 10,000 requirements and more), for
// trying Cairn at scale and for the benchmark. Pure and deterministic: ids and
// the clock come from Env, everything else from a PRNG seeded per row, so any
// range of rows can be generated on its own (in chunks) with the same result.
import { addDays } from './dates';
import type { DemoData, DemoLocale } from './demo';
import { createRandom, mixSeed, type Random } from './random';
import { ranksAfter } from './ranking';
import { planSampleRoadmap, sampleInitiativeFor, type SampleRoadmap } from './roadmap/sampleRoadmap';
import { seedProduct } from './seedProduct';
import { SAMPLE_COPY, SAMPLE_MEMBERS, SAMPLE_PRODUCT_NAME, type SampleCopy } from './sampleText';
import {
  STAGE_KEYS,
  type CairnEvent,
  type ChecklistItem,
  type DefaultStageKey,
  type Env,
  type Member,
  type MemberRole,
  type Priority,
  type Product,
  type Requirement,
  type RequirementType,
  type Stage,
} from './types';
import { newRequirement } from './rows/requirement';

export interface SampleOptions {
  /** How many requirements. */
  size: number;
  /** Language of the product name and the member names; requirement text is always about half each. */
  locale: DemoLocale;
  /** YYYY-MM-DD that due dates are spread around. */
  today: string;
  seed: number;
}

/** The sizes offered in Settings → Data. */
export const SAMPLE_SIZES = [100, 1_000, 10_000] as const;
/** Large enough for any benchmark, small enough that a typo cannot fill the disk. */
export const MAX_SAMPLE_SIZE = 100_000;

/** Share of requirements per stage: ideas pile up early, launched work accumulates, testing is a narrow pipe. */
const STAGE_WEIGHTS: Record<DefaultStageKey, number> = {
  inbox: 0.24,
  analysis: 0.17,
  design: 0.1,
  development: 0.12,
  testing: 0.06,
  released: 0.22,
  review: 0.09,
};

type Weights<T> = ReadonlyArray<readonly [T, number]>;

interface StageProfile {
  types: Weights<RequirementType>;
  /** Who usually owns work in this stage. */
  owners: readonly MemberRole[];
  /** Range of due days relative to today; null: no due dates (released work is done). */
  due: readonly [number, number] | null;
  /** How often requirements here carry acceptance criteria, and how many of those are done. */
  criteria: { chance: number; done: number } | null;
}

const DELIVERY_TYPES: Weights<RequirementType> = [
  ['feature', 45],
  ['improvement', 30],
  ['bug', 20],
  ['research', 5],
];

const PROFILES: Record<DefaultStageKey, StageProfile> = {
  inbox: {
    types: [
      ['feature', 45],
      ['improvement', 25],
      ['bug', 20],
      ['research', 10],
    ],
    owners: ['pm'],
    due: [7, 60],
    criteria: null,
  },
  analysis: {
    types: [
      ['feature', 35],
      ['improvement', 25],
      ['bug', 10],
      ['research', 30],
    ],
    owners: ['pm', 'data'],
    due: [3, 45],
    criteria: null,
  },
  design: { types: DELIVERY_TYPES, owners: ['design'], due: [-5, 30], criteria: { chance: 0.6, done: 0.2 } },
  development: { types: DELIVERY_TYPES, owners: ['engineering'], due: [-10, 21], criteria: { chance: 0.7, done: 0.5 } },
  testing: { types: DELIVERY_TYPES, owners: ['qa'], due: [-7, 14], criteria: { chance: 0.8, done: 0.8 } },
  released: { types: DELIVERY_TYPES, owners: ['engineering', 'pm', 'ops'], due: null, criteria: null },
  review: {
    types: [
      ['feature', 20],
      ['improvement', 20],
      ['research', 60],
    ],
    owners: ['data', 'pm'],
    due: [1, 30],
    criteria: null,
  },
};

const PRIORITY_WEIGHTS: Weights<Priority> = [
  ['P0', 5],
  ['P1', 25],
  ['P2', 45],
  ['P3', 25],
];
/** With released (no due dates) at 22%, this gives ~40% of all requirements a due day. */
const DUE_CHANCE = 0.5;
const OWNER_CHANCE = 0.8;
/** The rest of the time any member owns it, as happens on real boards. */
const OWNER_BY_ROLE_CHANCE = 0.75;

/**
 * How many requirements go to each stage, in STAGE_KEYS order: proportional
 * to the weights give or take 15% (exact shares make suspiciously round
 * columns), summing to `size` (largest remainder), and at least one per stage
 * when there are enough to go round.
 */
export function sampleStageCounts(size: number, seed: number): number[] {
  const rng = createRandom(mixSeed(seed, -1));
  const weights = STAGE_KEYS.map((key) => STAGE_WEIGHTS[key] * (0.85 + 0.3 * rng.next()));
  const sum = weights.reduce((total, w) => total + w, 0);
  const exact = weights.map((w) => (size * w) / sum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = size - counts.reduce((sum, n) => sum + n, 0);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  if (size >= counts.length) {
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] !== 0) continue;
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest] = (counts[largest] ?? 0) - 1;
      counts[i] = 1;
    }
  }
  return counts;
}

/** Stage slots are contiguous: rows [start, start + ranks.length) belong to the stage, top to bottom. */
interface StageSlot {
  key: DefaultStageKey;
  stageId: string;
  start: number;
  ranks: string[];
}

/** Everything but the requirements: the product, its board and team, and how rows map to stages. */
export interface SamplePlan {
  size: number;
  seed: number;
  today: string;
  at: string;
  product: Product;
  stages: Stage[];
  members: Member[];
  /** product.created, member.created per member, then the roadmap's lane and initiative events. */
  events: CairnEvent[];
  slots: StageSlot[];
  memberIdsByRole: ReadonlyMap<MemberRole, readonly string[]>;
  memberIds: readonly string[];
  /** Lanes and initiatives; requirements link to these. */
  roadmap: SampleRoadmap;
}

function thousands(n: number): string {
  // Not toLocaleString: the name must not depend on the ICU data of the machine.
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function planSampleProduct(options: SampleOptions, env: Env): SamplePlan {
  const { size, locale, today, seed } = options;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE_SIZE) {
    throw new RangeError(`sample size must be a whole number from 1 to ${MAX_SAMPLE_SIZE}, got ${size}`);
  }
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const seeded = seedProduct(
    env,
    SAMPLE_PRODUCT_NAME[lang](thousands(size)),
    SAMPLE_MEMBERS.map((m) => ({ name: m[lang], role: m.role })),
  );
  const { at, product, stages, members } = seeded;

  const counts = sampleStageCounts(size, seed);
  let start = 0;
  const slots = stages.map((stage, i): StageSlot => {
    const count = counts[i] ?? 0;
    const slot = { key: STAGE_KEYS[i] as DefaultStageKey, stageId: stage.id, start, ranks: ranksAfter(null, count) };
    start += count;
    return slot;
  });

  const memberIdsByRole = new Map<MemberRole, string[]>();
  for (const m of members) memberIdsByRole.set(m.role, [...(memberIdsByRole.get(m.role) ?? []), m.id]);

  const roadmap = planSampleRoadmap(
    { size, seed, today, at, productId: product.id, lang, memberIds: members.map((m) => m.id) },
    env,
  );
  const events = [...seeded.creationEvents, ...roadmap.events];

  return {
    size,
    seed,
    today,
    at,
    product,
    stages,
    members,
    events,
    slots,
    memberIdsByRole,
    memberIds: members.map((m) => m.id),
    roadmap,
  };
}

function fill(template: string, value: string | number): string {
  return template.replace(/\{[xn]\}/, String(value));
}

function writeText(
  copy: SampleCopy,
  type: RequirementType,
  rng: Random,
): { title: string; description: string; tags: string[] } {
  const x = rng.pick(type === 'feature' ? copy.capabilities : copy.areas);
  const title = copy.withQualifier(fill(rng.pick(copy.titles[type]), x), rng.pick(copy.qualifiers));
  const lines = [fill(rng.pick(type === 'feature' ? copy.problems.capability : copy.problems.area), x)];
  if (rng.chance(0.6)) lines.push(fill(rng.pick(copy.evidence), rng.int(3, 48)));
  if (rng.chance(0.5)) lines.push(rng.pick(copy.goals));
  return { title, description: lines.join('\n\n'), tags: rng.sample(copy.tags, rng.int(0, 3)) };
}

function pickOwner(plan: SamplePlan, profile: StageProfile, rng: Random): string | null {
  if (!rng.chance(OWNER_CHANCE)) return null;
  const usual = rng.chance(OWNER_BY_ROLE_CHANCE) ? plan.memberIdsByRole.get(rng.pick(profile.owners)) : undefined;
  return rng.pick(usual && usual.length > 0 ? usual : plan.memberIds);
}

/**
 * Requirements [from, to) of the plan and their 'requirement.created' events.
 * Row i is the same whichever chunk it is generated in (ids aside, which come from env).
 */
export function generateSampleRequirements(
  plan: SamplePlan,
  from: number,
  to: number,
  env: Env,
): { requirements: Requirement[]; events: CairnEvent[] } {
  const end = Math.min(to, plan.size);
  const requirements: Requirement[] = [];
  const events: CairnEvent[] = [];
  const productId = plan.product.id;
  let s = 0;
  for (let i = Math.max(0, from); i < end; i++) {
    while (i >= (plan.slots[s + 1]?.start ?? Infinity)) s++;
    const slot = plan.slots[s] as StageSlot;
    const profile = PROFILES[slot.key];
    const rng = createRandom(mixSeed(plan.seed, i));

    const copy = rng.chance(0.5) ? SAMPLE_COPY.zh : SAMPLE_COPY.en;
    const type = rng.weighted(profile.types);
    const text = writeText(copy, type, rng);
    const priority = rng.weighted(PRIORITY_WEIGHTS);
    const ownerId = pickOwner(plan, profile, rng);
    const dueDate =
      profile.due && rng.chance(DUE_CHANCE) ? addDays(plan.today, rng.int(profile.due[0], profile.due[1])) : null;
    const id = env.newId();
    const criteria = profile.criteria;
    const acceptanceCriteria: ChecklistItem[] =
      criteria && rng.chance(criteria.chance)
        ? rng
            .sample(copy.criteria, rng.int(2, 4))
            .map((text) => ({ id: env.newId(), text, done: rng.chance(criteria.done) }))
        : [];
    const initiativeId = sampleInitiativeFor(rng, plan.roadmap.initiatives);

    requirements.push(
      newRequirement(env, {
        id,
        productId,
        title: text.title,
        description: text.description,
        type,
        priority,
        ownerId,
        tags: text.tags,
        dueDate,
        acceptanceCriteria,
        stageId: slot.stageId,
        rank: slot.ranks[i - slot.start] as string,
        initiativeId,
        at: plan.at,
      }),
    );
    events.push({
      id: env.newId(),
      productId,
      entityId: id,
      type: 'requirement.created',
      at: plan.at,
      data: { stageId: slot.stageId, title: text.title },
    });
  }
  return { requirements, events };
}

/** The whole sample product at once, in the shape the demo seed uses. */
export function generateSampleProduct(options: SampleOptions, env: Env): DemoData {
  const plan = planSampleProduct(options, env);
  const rows = generateSampleRequirements(plan, 0, plan.size, env);
  return {
    product: plan.product,
    stages: plan.stages,
    members: plan.members,
    requirements: rows.requirements,
    events: [...plan.events, ...rows.events],
    lanes: plan.roadmap.lanes,
    initiatives: plan.roadmap.initiatives,
  };
}
