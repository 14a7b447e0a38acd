// The demo product's competitor matrix: three rival travel apps and six
// capabilities, some linked to the demo requirements they argue for.
import { ranksAfter } from '../ranking';
import type { EventMaker } from '../seedProduct';
import type { CairnEvent, Env } from '../types';
import type { Capability, CapabilityCell, Competitor, SupportLevel } from './types';
import { newCapability, newCompetitor } from '../rows/evidence';

interface Localized<T> {
  en: T;
  zh: T;
}

interface DemoCompetitorSeed extends Localized<{ name: string; note: string }> {
  key: string;
  url: string;
}

type DemoCell = [SupportLevel, Localized<string>?];

interface DemoCapabilitySeed extends Localized<string> {
  ours: DemoCell;
  cells: Record<string, DemoCell>;
  requirements: string[];
}

const DEMO_COMPETITORS: readonly DemoCompetitorSeed[] = [
  {
    key: 'skyfare',
    url: 'https://skyfare.example.com',
    en: { name: 'SkyFare', note: 'Flight-first market leader; strong on price tools.' },
    zh: { name: '云飞票', note: '机票起家的市场领导者，比价工具很强。' },
  },
  {
    key: 'tripnest',
    url: 'https://tripnest.example.com',
    en: { name: 'TripNest', note: 'Hotels and packages; aggressive bundle discounts.' },
    zh: { name: '途巢', note: '以酒店和套餐为主，打包优惠力度大。' },
  },
  {
    key: 'govoyage',
    url: 'https://govoyage.example.com',
    en: { name: 'GoVoyage', note: 'New entrant aimed at students and groups.' },
    zh: { name: '去远行', note: '面向学生和结伴出行的新玩家。' },
  },
];

const DEMO_CAPABILITIES: readonly DemoCapabilitySeed[] = [
  {
    en: 'Price drop alerts',
    zh: '降价提醒',
    ours: ['no'],
    cells: {
      skyfare: ['has', { en: 'Push and email, per route', zh: '按航线推送和邮件提醒' }],
      tripnest: ['partial', { en: 'Hotels only', zh: '仅酒店' }],
      govoyage: ['no'],
    },
    requirements: ['Price alerts for saved flights'],
  },
  {
    en: 'Flexible date search',
    zh: '灵活日期搜索',
    ours: ['no'],
    cells: {
      skyfare: ['has', { en: '±3 days price calendar', zh: '前后 3 天低价日历' }],
      tripnest: ['no'],
      govoyage: ['partial', { en: 'Weekends only', zh: '仅支持周末' }],
    },
    requirements: ['Flexible date search (±3 days)'],
  },
  {
    en: 'Flight + hotel bundles',
    zh: '机票 + 酒店套餐',
    ours: ['no'],
    cells: {
      skyfare: ['partial', { en: 'Selected routes', zh: '部分航线' }],
      tripnest: ['has', { en: 'Up to 15% off', zh: '最高优惠 15%' }],
      govoyage: ['unknown'],
    },
    requirements: ['Study competitor flight + hotel bundles'],
  },
  {
    en: 'Offline booking confirmations',
    zh: '离线查看订单凭证',
    ours: ['partial', { en: 'Boarding pass only', zh: '仅登机牌' }],
    cells: { skyfare: ['has'], tripnest: ['has'], govoyage: ['no'] },
    requirements: ['Offline access to booking confirmations'],
  },
  {
    en: 'Split payment',
    zh: '分摊付款',
    ours: ['no'],
    cells: {
      skyfare: ['no'],
      tripnest: ['no'],
      govoyage: ['has', { en: 'Their headline feature', zh: '主打功能' }],
    },
    requirements: ['Split the payment between travel companions'],
  },
  {
    en: 'Multi-currency checkout',
    zh: '多币种支付',
    ours: ['partial', { en: 'In testing', zh: '测试中' }],
    cells: {
      skyfare: ['has'],
      tripnest: ['partial', { en: 'USD and EUR', zh: '仅美元和欧元' }],
      govoyage: ['unknown'],
    },
    requirements: ['Multi-currency checkout'],
  },
];

export interface DemoCompetitors {
  competitors: Competitor[];
  capabilities: Capability[];
  events: CairnEvent[];
}

/** Competitors, capabilities and their creation events; links name requirements by their English demo title. */
export function buildDemoCompetitors(
  lang: 'en' | 'zh',
  env: Env,
  productId: string,
  at: string,
  event: EventMaker,
  requirementIdByTitle: ReadonlyMap<string, string>,
): DemoCompetitors {
  const competitorRanks = ranksAfter(null, DEMO_COMPETITORS.length);
  const competitors: Competitor[] = DEMO_COMPETITORS.map((seed, i) =>
    newCompetitor(env, {
      productId,
      at,
      name: seed[lang].name,
      url: seed.url,
      note: seed[lang].note,
      rank: competitorRanks[i] as string,
    }),
  );
  const idByKey = new Map(DEMO_COMPETITORS.map((seed, i) => [seed.key, competitors[i]?.id ?? '']));
  const cell = ([level, note]: DemoCell): CapabilityCell => ({ level, note: note ? note[lang] : '' });
  const capabilityRanks = ranksAfter(null, DEMO_CAPABILITIES.length);
  const capabilities: Capability[] = DEMO_CAPABILITIES.map((seed, i) =>
    newCapability(env, {
      productId,
      at,
      name: seed[lang],
      rank: capabilityRanks[i] as string,
      ours: cell(seed.ours),
      cells: Object.fromEntries(
        Object.entries(seed.cells).map(([key, value]) => [idByKey.get(key) ?? key, cell(value)]),
      ),
      requirementIds: seed.requirements.map((title) => {
        const id = requirementIdByTitle.get(title);
        if (id === undefined) throw new Error(`demo capability: no requirement "${title}"`);
        return id;
      }),
    }),
  );
  const events = [
    ...competitors.map((c) => event(c.id, 'competitor.created', { name: c.name })),
    ...capabilities.map((c) => event(c.id, 'capability.created', { name: c.name })),
  ];
  return { competitors, capabilities, events };
}
