// The roadmap of a generated sample product: a few lanes and one initiative
// per 50 requirements, dated around today (some only on a horizon, some
// milestones), so the roadmap views and exports can be tried at scale too.
import { addDays } from '../dates';
import { createRandom, mixSeed, type Random } from '../random';
import { ranksAfter } from '../ranking';
import { eventMaker } from '../seedProduct';
import { roadmapCreationEvents, seedLanes } from './seedRows';
import type { CairnEvent, Env } from '../types';
import { HORIZONS, type Initiative, type InitiativeStatus, type Lane } from './types';
import { newInitiative } from '../rows/roadmap';

const LANES = [
  { en: 'Growth', zh: '增长', color: '#1f6f5c' },
  { en: 'Core experience', zh: '核心体验', color: '#2563eb' },
  { en: 'Platform', zh: '平台', color: '#7c3aed' },
  { en: 'Quality', zh: '质量', color: '#b45309' },
] as const;

const THEMES = {
  en: [
    'Checkout revamp',
    'Search that finds',
    'Team workspaces',
    'Payments everywhere',
    'Faster mobile app',
    'Self-serve billing',
    'Loyalty programme',
    'Admin insights',
    'Reliable sync',
    'Onboarding that sticks',
  ],
  zh: [
    '结账流程改版',
    '更好用的搜索',
    '团队工作区',
    '全渠道支付',
    '更快的移动端',
    '自助账单',
    '会员积分计划',
    '管理后台洞察',
    '可靠的同步',
    '新用户引导优化',
  ],
} as const;

/** One initiative per this many requirements; at least one per lane. */
export const REQUIREMENTS_PER_INITIATIVE = 50;

export interface SampleRoadmap {
  lanes: Lane[];
  initiatives: Initiative[];
  events: CairnEvent[];
}

function statusFor(start: string, end: string, today: string, rng: Random): InitiativeStatus {
  if (end < today) return rng.chance(0.9) ? 'done' : 'cancelled';
  if (start <= today) return rng.chance(0.2) ? 'at-risk' : 'in-progress';
  return 'planned';
}

export function planSampleRoadmap(
  input: {
    size: number;
    seed: number;
    today: string;
    at: string;
    productId: string;
    lang: 'en' | 'zh';
    memberIds: readonly string[];
  },
  env: Env,
): SampleRoadmap {
  const { size, seed, today, at, productId, lang } = input;
  const lanes = seedLanes(
    env,
    productId,
    at,
    LANES.map((lane) => ({ name: lane[lang], color: lane.color })),
  );
  const count = Math.max(LANES.length, Math.round(size / REQUIREMENTS_PER_INITIATIVE));
  const ranks = ranksAfter(null, count);
  const initiatives = Array.from({ length: count }, (_, i): Initiative => {
    // Its own stream, apart from the requirements' rows, so either can be generated alone.
    const rng = createRandom(mixSeed(seed ^ 0x5eed, i));
    const theme = THEMES[lang][i % THEMES[lang].length] as string;
    const title = i < THEMES[lang].length ? theme : `${theme} ${Math.floor(i / THEMES[lang].length) + 1}`;
    const milestone = rng.chance(0.1);
    const undated = !milestone && rng.chance(0.2);
    const start = undated ? null : addDays(today, rng.int(-200, 330));
    const end = start === null ? null : milestone ? start : addDays(start, rng.int(14, 120));
    return newInitiative(env, {
      productId,
      title,
      laneId: (lanes[i % lanes.length] as Lane).id,
      start,
      end,
      horizon: undated ? rng.pick(HORIZONS) : null,
      milestone,
      status: start !== null && end !== null ? statusFor(start, end, today, rng) : 'planned',
      ownerId: input.memberIds.length > 0 ? rng.pick(input.memberIds) : null,
      rank: ranks[i] as string,
      at,
    });
  });
  const events = roadmapCreationEvents(eventMaker(env, productId, at), lanes, initiatives);
  return { lanes, initiatives, events };
}

/** Most requirements belong to an initiative; drawn from the row's own random stream. */
export function sampleInitiativeFor(rng: Random, initiatives: readonly Initiative[]): string | null {
  if (initiatives.length === 0 || !rng.chance(0.6)) return null;
  return (initiatives[rng.int(0, initiatives.length - 1)] as Initiative).id;
}
