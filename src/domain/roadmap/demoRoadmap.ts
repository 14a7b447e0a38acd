// The demo product's roadmap: lanes, initiatives and milestones linked to the
// demo requirements, in English or Simplified Chinese. Dates are days from
// `today`, so the roadmap is always current when a new user opens it.
import { addDays } from '../dates';
import { ranksAfter } from '../ranking';
import { eventMaker } from '../seedProduct';
import { roadmapCreationEvents, seedLanes } from './seedRows';
import type { CairnEvent, Env, MemberRole } from '../types';
import type { Horizon, Initiative, InitiativeStatus, Lane } from './types';
import { newInitiative } from '../rows/roadmap';

interface Localized<T> {
  en: T;
  zh: T;
}

interface DemoLaneSeed extends Localized<string> {
  key: string;
  color: string;
}

interface DemoInitiativeSeed extends Localized<{ title: string; description: string }> {
  lane: string;
  /** Days from today, or a horizon for an undated initiative. */
  when: { start: number; end: number } | { milestone: number } | { horizon: Horizon };
  status: InitiativeStatus;
  owner: MemberRole | null;
  /** English titles of the demo requirements it delivers. */
  requirements: string[];
}

const DEMO_LANES: readonly DemoLaneSeed[] = [
  { key: 'conversion', color: '#2563eb', en: 'Conversion', zh: '转化' },
  { key: 'trip', color: '#db2777', en: 'Trip experience', zh: '行程体验' },
  { key: 'loyalty', color: '#16a34a', en: 'Loyalty & retention', zh: '会员与留存' },
  { key: 'platform', color: '#d97706', en: 'Platform & quality', zh: '平台与质量' },
];

const DEMO_INITIATIVES: readonly DemoInitiativeSeed[] = [
  {
    lane: 'conversion',
    when: { start: -60, end: 20 },
    status: 'in-progress',
    owner: 'pm',
    en: {
      title: 'Checkout that converts',
      description: 'Cut the drop-off between search and payment: fewer fields, honest prices, every currency.',
    },
    zh: { title: '高转化下单流程', description: '减少从搜索到支付的流失：更少的填写、透明的价格、支持多币种。' },
    requirements: [
      'Why do people drop off on the passenger details form?',
      'Saved travellers: reuse passenger details',
      'Show the total price including taxes in search results',
      'Multi-currency checkout',
      'Coupon applied twice on round trips',
      'Review: new checkout flow (v2.3)',
    ],
  },
  {
    lane: 'conversion',
    when: { milestone: 21 },
    status: 'planned',
    owner: 'pm',
    en: { title: 'Checkout v3 launch', description: 'The new checkout goes to 100% of users.' },
    zh: { title: '新版下单 v3 全量上线', description: '新版下单流程对全部用户开放。' },
    requirements: [],
  },
  {
    lane: 'conversion',
    when: { start: 10, end: 75 },
    status: 'planned',
    owner: 'pm',
    en: {
      title: 'Smarter flight search',
      description: 'Help price-sensitive travellers find the cheapest day without searching day by day.',
    },
    zh: { title: '更聪明的机票搜索', description: '帮助对价格敏感的用户一次找到最便宜的日期，不用一天天地搜。' },
    requirements: ['Flexible date search (±3 days)', 'Price alerts for saved flights'],
  },
  {
    lane: 'trip',
    when: { start: -30, end: 40 },
    status: 'in-progress',
    owner: 'engineering',
    en: {
      title: 'Travel-day companion',
      description:
        'Everything a traveller needs on the day: gate changes, rebooking, a boarding pass that never fails.',
    },
    zh: { title: '出行日助手', description: '出行当天需要的一切：登机口变更、一键改签、稳定可用的登机牌。' },
    requirements: [
      'One-tap rebooking when a flight is cancelled',
      'Push notification for gate changes',
      'App crashes when rotating the boarding pass screen',
      'Trip timeline on the home screen',
    ],
  },
  {
    lane: 'trip',
    when: { start: -14, end: 50 },
    status: 'at-risk',
    owner: 'design',
    en: {
      title: 'Hotel discovery',
      description: 'Make finding the right hotel fast: filters that stick, quick photos, clear cancellation terms.',
    },
    zh: { title: '酒店发现体验', description: '让用户更快找到合适的酒店：筛选不丢失、图片秒开、取消政策一目了然。' },
    requirements: [
      'Redesign the hotel search filters',
      '"Free cancellation" badge on hotels',
      'Hotel photos load slowly on 4G',
      'Review: hotel recommendations on the home screen',
    ],
  },
  {
    lane: 'trip',
    when: { horizon: 'next' },
    status: 'planned',
    owner: 'engineering',
    en: { title: 'Offline trips', description: 'Bookings, e-tickets and hotel addresses open with no signal.' },
    zh: { title: '离线行程', description: '没有信号时也能查看订单、电子客票和酒店地址。' },
    requirements: ['Offline access to booking confirmations'],
  },
  {
    lane: 'trip',
    when: { milestone: 95 },
    status: 'planned',
    owner: null,
    en: {
      title: 'Summer travel peak',
      description: 'Bookings triple: everything on the travel day must be solid by now.',
    },
    zh: { title: '暑期出行高峰', description: '预订量翻三倍：出行当天的体验必须在此之前稳定。' },
    requirements: [],
  },
  {
    lane: 'loyalty',
    when: { start: 45, end: 120 },
    status: 'planned',
    owner: 'pm',
    en: { title: 'Loyalty points everywhere', description: 'Members see and spend their points wherever they pay.' },
    zh: { title: '积分全流程可用', description: '会员在每个支付环节都能看到并使用积分。' },
    requirements: ['Show available loyalty points at checkout'],
  },
  {
    lane: 'loyalty',
    when: { horizon: 'next' },
    status: 'planned',
    owner: 'pm',
    en: { title: 'Flight + hotel bundles', description: 'Answer competitors’ bundle discounts with our own packages.' },
    zh: { title: '机票 + 酒店打包', description: '推出我们自己的打包优惠，应对竞品的组合折扣。' },
    requirements: ['Study competitor flight + hotel bundles'],
  },
  {
    lane: 'loyalty',
    when: { horizon: 'later' },
    status: 'planned',
    owner: null,
    en: { title: 'Group travel', description: 'Plan, book and pay together with travel companions.' },
    zh: { title: '结伴出行', description: '和同行人一起规划、预订和付款。' },
    requirements: ['Split the payment between travel companions'],
  },
  {
    lane: 'platform',
    when: { start: -120, end: -15 },
    status: 'done',
    owner: 'engineering',
    en: {
      title: 'Account basics',
      description: 'Phone sign-in, dark mode and correct e-tickets: the basics people expect.',
    },
    zh: { title: '账号与基础体验', description: '手机号登录、深色模式和正确的电子客票：用户期待的基本功。' },
    requirements: ['Sign in with phone number and SMS code', 'Dark mode', 'E-ticket PDF shows the wrong time zone'],
  },
  {
    lane: 'platform',
    when: { horizon: 'now' },
    status: 'planned',
    owner: 'data',
    en: {
      title: 'Self-service after booking',
      description: 'Fewer support tickets: people see their refund and change bookings themselves.',
    },
    zh: { title: '订后自助服务', description: '减少客服工单：用户自己就能查看退款进度、修改订单。' },
    requirements: ['Make refund status clear'],
  },
  {
    lane: 'platform',
    when: { milestone: 50 },
    status: 'planned',
    owner: 'pm',
    en: {
      title: 'App store feature pitch',
      description: 'Submit the release notes and screenshots for the store’s travel feature.',
    },
    zh: { title: '应用商店推荐位提报', description: '提交版本说明和截图，申请应用商店旅行专题推荐。' },
    requirements: [],
  },
];

export interface DemoRoadmap {
  lanes: Lane[];
  initiatives: Initiative[];
  events: CairnEvent[];
  /** Initiative id for each linked demo requirement, by its English title. */
  initiativeByRequirement: Map<string, string>;
}

export function buildDemoRoadmap(
  lang: 'en' | 'zh',
  env: Env,
  productId: string,
  today: string,
  memberIdByRole: ReadonlyMap<MemberRole, string>,
): DemoRoadmap {
  const at = env.now();
  const lanes = seedLanes(
    env,
    productId,
    at,
    DEMO_LANES.map((seed) => ({ name: seed[lang], color: seed.color })),
  );
  const laneIdByKey = new Map(DEMO_LANES.map((seed, i) => [seed.key, lanes[i]?.id as string]));
  const ranks = ranksAfter(null, DEMO_INITIATIVES.length);
  const initiativeByRequirement = new Map<string, string>();

  const initiatives: Initiative[] = DEMO_INITIATIVES.map((seed, i) => {
    const laneId = laneIdByKey.get(seed.lane);
    if (laneId === undefined) throw new Error(`demo: no lane ${seed.lane}`);
    const when = seed.when;
    const schedule =
      'horizon' in when
        ? { start: null, end: null, horizon: when.horizon, milestone: false }
        : 'milestone' in when
          ? {
              start: addDays(today, when.milestone),
              end: addDays(today, when.milestone),
              horizon: null,
              milestone: true,
            }
          : { start: addDays(today, when.start), end: addDays(today, when.end), horizon: null, milestone: false };
    const id = env.newId();
    for (const title of seed.requirements) initiativeByRequirement.set(title, id);
    return newInitiative(env, {
      id,
      productId,
      title: seed[lang].title,
      description: seed[lang].description,
      laneId,
      ...schedule,
      status: seed.status,
      ownerId: seed.owner === null ? null : (memberIdByRole.get(seed.owner) ?? null),
      rank: ranks[i] as string,
      at,
    });
  });

  const events = roadmapCreationEvents(eventMaker(env, productId, at), lanes, initiatives);
  return { lanes, initiatives, events, initiativeByRequirement };
}
