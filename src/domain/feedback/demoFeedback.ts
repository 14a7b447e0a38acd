// The demo product's feedback inbox: a dozen quotes linked to the demo
// requirements, in English or Simplified Chinese, dated relative to `today`.
import { addDays } from '../dates';
import type { EventMaker } from '../seedProduct';
import type { CairnEvent, Env } from '../types';
import type { Feedback, FeedbackChannel } from './types';
import { newFeedback } from '../rows/evidence';

interface DemoFeedbackSeed {
  en: { text: string; customer: string; segment: string };
  zh: { text: string; customer: string; segment: string };
  channel: FeedbackChannel;
  /** Days before today. */
  ago: number;
  url: string | null;
  /** English titles of the demo requirements it supports. */
  requirements: string[];
}

const ALERTS = 'Price alerts for saved flights';
const REFUNDS = 'Make refund status clear';
const OFFLINE = 'Offline access to booking confirmations';
const FLEXIBLE = 'Flexible date search (±3 days)';
const PHOTOS = 'Hotel photos load slowly on 4G';
const SPLIT = 'Split the payment between travel companions';
const TOTAL = 'Show the total price including taxes in search results';

const DEMO_FEEDBACK: readonly DemoFeedbackSeed[] = [
  {
    channel: 'support',
    ago: 1,
    url: 'https://support.example.com/tickets/48213',
    requirements: [ALERTS],
    en: {
      text: 'I check the Shanghai–Tokyo fare every morning. Can the app just tell me when it gets cheaper?',
      customer: 'Mia Zhou',
      segment: 'Leisure travellers',
    },
    zh: {
      text: '我每天早上都要查一遍上海到东京的票价，App 能不能在降价的时候直接通知我？',
      customer: '周米娅',
      segment: '休闲出行',
    },
  },
  {
    channel: 'review',
    ago: 3,
    url: 'https://apps.example.com/reviews/77120',
    requirements: [ALERTS, FLEXIBLE],
    en: {
      text: 'Three stars. Another app watches prices for me and shows the cheapest day nearby; I only book here.',
      customer: 'Daniel Kim',
      segment: 'Leisure travellers',
    },
    zh: {
      text: '三星。另一个 App 会帮我盯价格，还能显示附近哪天最便宜，我只是在这里下单而已。',
      customer: '金丹尼',
      segment: '休闲出行',
    },
  },
  {
    channel: 'survey',
    ago: 6,
    url: null,
    requirements: [ALERTS],
    en: {
      text: 'A price drop notification would bring me back more than any coupon.',
      customer: '',
      segment: 'Students',
    },
    zh: { text: '比起优惠券，降价提醒更能让我回来。', customer: '', segment: '学生' },
  },
  {
    channel: 'support',
    ago: 2,
    url: 'https://support.example.com/tickets/48190',
    requirements: [REFUNDS],
    en: {
      text: 'I cancelled two weeks ago and still cannot see where my refund is. Please show me the status.',
      customer: 'Chen Yu',
      segment: 'Business travellers',
    },
    zh: {
      text: '两周前就取消了订单，到现在都看不到退款进度，请告诉我退到哪一步了。',
      customer: '陈宇',
      segment: '商务出行',
    },
  },
  {
    channel: 'social',
    ago: 4,
    url: 'https://social.example.com/posts/5531',
    requirements: [REFUNDS],
    en: {
      text: 'Third call to support about the same refund. Just put a tracker in the order page!',
      customer: 'Aisha Rahman',
      segment: 'Families',
    },
    zh: { text: '同一笔退款已经第三次打客服电话了，订单页加个进度条就好了！', customer: '拉赫曼', segment: '家庭出游' },
  },
  {
    channel: 'interview',
    ago: 9,
    url: null,
    requirements: [OFFLINE],
    en: {
      text: 'At the gate in Bangkok I had no roaming and the e-ticket would not load. I had to find Wi-Fi.',
      customer: 'Tom Becker',
      segment: 'Business travellers',
    },
    zh: { text: '在曼谷登机口没开漫游，电子客票打不开，只能到处找 Wi-Fi。', customer: '贝克', segment: '商务出行' },
  },
  {
    channel: 'review',
    ago: 12,
    url: 'https://apps.example.com/reviews/76544',
    requirements: [OFFLINE],
    en: {
      text: 'Let me save my hotel address offline. Taxi drivers abroad need to see it.',
      customer: 'Li Na',
      segment: 'Leisure travellers',
    },
    zh: { text: '希望能离线保存酒店地址，在国外打车时要给司机看。', customer: '李娜', segment: '休闲出行' },
  },
  {
    channel: 'sales',
    ago: 5,
    url: null,
    requirements: [FLEXIBLE],
    en: {
      text: 'Our travel desk searches day by day for the cheapest date; a fare calendar would save them hours.',
      customer: 'Northwind Ltd',
      segment: 'Corporate accounts',
    },
    zh: {
      text: '我们的差旅专员要一天一天地搜最便宜的日期，有低价日历能省好几个小时。',
      customer: '北风科技',
      segment: '企业客户',
    },
  },
  {
    channel: 'review',
    ago: 7,
    url: 'https://apps.example.com/reviews/76981',
    requirements: [PHOTOS],
    en: {
      text: 'Hotel pictures take forever on mobile data. I gave up and booked elsewhere.',
      customer: 'Sara Lopez',
      segment: 'Leisure travellers',
    },
    zh: { text: '用流量看酒店图片要等很久，我放弃了，去别的平台订了。', customer: '洛佩兹', segment: '休闲出行' },
  },
  {
    channel: 'interview',
    ago: 15,
    url: null,
    requirements: [SPLIT],
    en: {
      text: 'I always pay for the whole group and then chase four friends for money.',
      customer: 'Wang Fang',
      segment: 'Groups',
    },
    zh: { text: '每次都是我先付全团的钱，然后再挨个找四个朋友要钱。', customer: '王芳', segment: '结伴出行' },
  },
  {
    channel: 'survey',
    ago: 8,
    url: null,
    requirements: [TOTAL],
    en: { text: 'The price doubles at checkout with taxes. It feels like a trick.', customer: '', segment: 'Students' },
    zh: { text: '到支付页加上税费价格翻了一倍，感觉被套路了。', customer: '', segment: '学生' },
  },
  {
    channel: 'other',
    ago: 10,
    url: null,
    requirements: [],
    en: {
      text: 'Would love a dark theme for the boarding pass at night flights (keep the QR code bright).',
      customer: 'Omar Haddad',
      segment: 'Business travellers',
    },
    zh: { text: '红眼航班时希望登机牌也有深色主题（二维码保持高亮就行）。', customer: '哈达德', segment: '商务出行' },
  },
];

export interface DemoFeedback {
  feedback: Feedback[];
  events: CairnEvent[];
}

/** Feedback rows and their creation events; links name requirements by their English demo title. */
export function buildDemoFeedback(
  lang: 'en' | 'zh',
  env: Env,
  productId: string,
  at: string,
  today: string,
  event: EventMaker,
  requirementIdByTitle: ReadonlyMap<string, string>,
): DemoFeedback {
  const feedback: Feedback[] = DEMO_FEEDBACK.map((seed) =>
    newFeedback(env, {
      productId,
      at,
      text: seed[lang].text,
      customer: seed[lang].customer,
      segment: seed[lang].segment,
      channel: seed.channel,
      date: addDays(today, -seed.ago),
      url: seed.url,
      requirementIds: seed.requirements.map((title) => {
        const id = requirementIdByTitle.get(title);
        if (id === undefined) throw new Error(`demo feedback: no requirement "${title}"`);
        return id;
      }),
    }),
  );
  const events = feedback.map((f) =>
    event(f.id, 'feedback.created', { channel: f.channel, linked: f.requirementIds.length }),
  );
  return { feedback, events };
}
