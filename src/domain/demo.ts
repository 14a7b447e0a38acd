// The demo product a first-time user lands on: a travel booking app with a
// realistic board, in English or Simplified Chinese. Pure: ids and timestamps
// come from the injected Env, due dates are relative to `today`.
import { demoGates } from './gates/demoGates';
import { addDays } from './dates';
import { ranksAfter } from './ranking';
import { buildDemoRoadmap } from './roadmap/demoRoadmap';
import { demoScores } from './scoring/demoScores';
import { buildDemoCompetitors } from './competitors/demoCompetitors';
import type { Capability, Competitor } from './competitors/types';
import { buildDemoFeedback } from './feedback/demoFeedback';
import type { Feedback } from './feedback/types';
import { buildDemoIterations } from './iterations/demoIterations';
import type { Iteration } from './iterations/types';
import { seedProduct } from './seedProduct';
import type { Initiative, Lane } from './roadmap/types';
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
import { withDemoReview } from './review/demoReview';

export type DemoLocale = 'en' | 'zh-CN';

export interface DemoData {
  product: Product;
  stages: Stage[];
  members: Member[];
  requirements: Requirement[];
  events: CairnEvent[];
  lanes: Lane[];
  initiatives: Initiative[];
  /** Evidence (schema version 4); absent from products that have none, e.g. generated samples. */
  feedback?: Feedback[];
  competitors?: Competitor[];
  capabilities?: Capability[];
  /** Schema version 4; the demo has some, generated samples none. */
  iterations?: Iteration[];
}

// ---------------------------------------------------------------------------
// Content

interface Localized<T> {
  en: T;
  zh: T;
}

interface DemoText {
  title: string;
  description: string;
  tags: string[];
}

interface DemoRequirementSeed extends Localized<DemoText> {
  stage: DefaultStageKey;
  type: RequirementType;
  priority: Priority;
  /** The member with this role owns it; null leaves it unassigned. */
  owner: MemberRole | null;
  /** Days from today; negative is overdue. */
  due: number | null;
  criteria?: Array<{ done: boolean } & Localized<string>>;
}

const md = (...lines: string[]): string => lines.join('\n');

const PRODUCT_NAME: Localized<string> = { en: 'Demo · Travel booking app', zh: '示例 · 旅行预订 App' };

/** One member per role, in this order; owners below refer to members by role. */
const DEMO_MEMBERS: Array<{ role: MemberRole } & Localized<string>> = [
  { role: 'pm', en: 'Lin Wei', zh: '林伟' },
  { role: 'design', en: 'Chen Jing', zh: '陈静' },
  { role: 'engineering', en: 'Zhang Hao', zh: '张浩' },
  { role: 'qa', en: 'Liu Fang', zh: '刘芳' },
  { role: 'data', en: 'Wang Lei', zh: '王磊' },
];

/** In board order: grouped by stage, top of each column first. */
const DEMO_REQUIREMENTS: readonly DemoRequirementSeed[] = [
  // --- inbox ---------------------------------------------------------------
  {
    stage: 'inbox',
    type: 'feature',
    priority: 'P2',
    owner: 'pm',
    due: null,
    en: {
      title: 'Price alerts for saved flights',
      description: md(
        '**Problem:** travellers save a route and come back daily to check if the fare dropped.',
        '',
        '**Evidence:** 31 feedback tickets last quarter ask for "notify me when it gets cheaper".',
        '',
        '**Goal:** bring people back at the right moment instead of losing them to a fare tracker.',
      ),
      tags: ['flights', 'retention'],
    },
    zh: {
      title: '收藏航班降价提醒',
      description: md(
        '**问题：** 用户收藏航线后，每天都要回来手动查看票价有没有降。',
        '',
        '**依据：** 上季度有 31 条反馈提到"降价了能不能通知我"。',
        '',
        '**目标：** 在合适的时机把用户召回，而不是让他们流失到比价工具。',
      ),
      tags: ['机票', '留存'],
    },
  },
  {
    stage: 'inbox',
    type: 'feature',
    priority: 'P3',
    owner: null,
    due: null,
    en: {
      title: 'Split the payment between travel companions',
      description: md(
        '**Problem:** one person pays for the whole group and chases the others for money afterwards.',
        '',
        '**Evidence:** raised in 4 of 12 interviews with group travellers.',
      ),
      tags: ['payments', 'groups'],
    },
    zh: {
      title: '同行人分摊付款',
      description: md(
        '**问题：** 结伴出行时往往一个人先垫付全部费用，事后再挨个找人要钱。',
        '',
        '**依据：** 12 位结伴出行用户的访谈中，有 4 位主动提到这个麻烦。',
      ),
      tags: ['支付', '结伴出行'],
    },
  },
  {
    stage: 'inbox',
    type: 'feature',
    priority: 'P2',
    owner: null,
    due: null,
    en: {
      title: 'Offline access to booking confirmations',
      description: md(
        '**Problem:** at the airport or abroad there is often no signal, and the booking screen shows a spinner.',
        '',
        '**Goal:** the confirmation, e-ticket and hotel address open with no network.',
      ),
      tags: ['offline', 'trips'],
    },
    zh: {
      title: '离线查看订单凭证',
      description: md(
        '**问题：** 在机场或境外经常没有信号，订单页一直在转圈。',
        '',
        '**目标：** 没有网络时也能打开确认单、电子客票和酒店地址。',
      ),
      tags: ['离线', '行程'],
    },
  },
  {
    stage: 'inbox',
    type: 'bug',
    priority: 'P2',
    owner: 'engineering',
    due: null,
    en: {
      title: 'Hotel photos load slowly on 4G',
      description: md(
        '**Problem:** the hotel detail gallery takes 4–6 s to show the first photo on a mid-range phone.',
        '',
        '**Evidence:** app store reviews mention it weekly; images are served at full resolution.',
      ),
      tags: ['performance', 'hotels'],
    },
    zh: {
      title: '酒店图片在 4G 网络下加载缓慢',
      description: md(
        '**问题：** 在中端机型上，酒店详情页的首张图片要 4–6 秒才出来。',
        '',
        '**依据：** 应用商店每周都有相关差评；图片目前按原图尺寸下发。',
      ),
      tags: ['性能', '酒店'],
    },
  },
  {
    stage: 'inbox',
    type: 'research',
    priority: 'P3',
    owner: 'pm',
    due: null,
    en: {
      title: 'Study competitor flight + hotel bundles',
      description: md(
        'Two competitors now discount flight + hotel when booked together.',
        '',
        '- Which routes and seasons do they bundle?',
        '- How big is the discount, and who funds it?',
        '- Does it show up in their rankings on the store?',
      ),
      tags: ['competitor', 'pricing'],
    },
    zh: {
      title: '调研竞品"机票 + 酒店"打包优惠',
      description: md(
        '两家主要竞品都推出了机票和酒店一起订的优惠。',
        '',
        '- 覆盖哪些航线和季节？',
        '- 优惠力度多大，由谁出资？',
        '- 对他们的应用商店排名有没有影响？',
      ),
      tags: ['竞品', '定价'],
    },
  },
  // --- analysis ------------------------------------------------------------
  {
    stage: 'analysis',
    type: 'research',
    priority: 'P1',
    owner: 'data',
    due: 7,
    en: {
      title: 'Why do people drop off on the passenger details form?',
      description: md(
        '**Problem:** 38% of sessions that reach passenger details never reach payment.',
        '',
        '**Plan:**',
        '- Break the drop-off down by field, device and route type',
        '- Watch 20 session recordings',
        '- Interview 5 users who abandoned',
      ),
      tags: ['funnel', 'checkout'],
    },
    zh: {
      title: '分析乘机人信息页的流失原因',
      description: md(
        '**问题：** 进入乘机人信息页的会话中，有 38% 没有走到支付。',
        '',
        '**计划：**',
        '- 按字段、设备和航线类型拆解流失',
        '- 观看 20 段用户录屏',
        '- 访谈 5 位中途放弃的用户',
      ),
      tags: ['漏斗', '下单'],
    },
  },
  {
    stage: 'analysis',
    type: 'feature',
    priority: 'P1',
    owner: 'pm',
    due: 14,
    en: {
      title: 'Flexible date search (±3 days)',
      description: md(
        '**Problem:** price-sensitive travellers search the same route day by day to find the cheapest date.',
        '',
        '**Evidence:** 22% of flight searches are repeated within 5 minutes with only the date changed.',
        '',
        '**Goal:** show a ±3-day price calendar in one search.',
      ),
      tags: ['search', 'flights'],
    },
    zh: {
      title: '灵活日期搜索（前后 3 天）',
      description: md(
        '**问题：** 对价格敏感的用户为了找最便宜的日期，要一天一天地反复搜索。',
        '',
        '**依据：** 22% 的机票搜索会在 5 分钟内只改日期再搜一次。',
        '',
        '**目标：** 一次搜索就展示前后 3 天的低价日历。',
      ),
      tags: ['搜索', '机票'],
    },
  },
  {
    stage: 'analysis',
    type: 'improvement',
    priority: 'P2',
    owner: 'pm',
    due: null,
    en: {
      title: 'Show available loyalty points at checkout',
      description: md(
        '**Problem:** members forget they have points; only 9% of eligible orders redeem any.',
        '',
        '**Goal:** make the balance and its value in cash visible before payment.',
      ),
      tags: ['loyalty', 'checkout'],
    },
    zh: {
      title: '下单页展示可用积分',
      description: md(
        '**问题：** 会员常常忘了自己有积分，符合条件的订单中只有 9% 使用了积分抵扣。',
        '',
        '**目标：** 在支付前展示积分余额以及可抵扣的金额。',
      ),
      tags: ['会员', '下单'],
    },
  },
  {
    stage: 'analysis',
    type: 'improvement',
    priority: 'P1',
    owner: 'data',
    due: 10,
    en: {
      title: 'Make refund status clear',
      description: md(
        '**Problem:** after cancelling, users cannot tell where their refund is, so they contact support.',
        '',
        '**Evidence:** "Where is my refund?" is the #1 support topic (27% of tickets).',
        '',
        '**Goal:** cut refund-status tickets by half.',
      ),
      tags: ['refunds', 'support'],
    },
    zh: {
      title: '退款进度透明化',
      description: md(
        '**问题：** 取消订单后，用户不知道退款走到了哪一步，只能找客服。',
        '',
        '**依据：** "我的退款到哪了"是客服工单第一大类，占 27%。',
        '',
        '**目标：** 退款进度类工单减少一半。',
      ),
      tags: ['退款', '客服'],
    },
  },
  // --- design --------------------------------------------------------------
  {
    stage: 'design',
    type: 'improvement',
    priority: 'P1',
    owner: 'design',
    due: 12,
    en: {
      title: 'Redesign the hotel search filters',
      description: md(
        '**Problem:** filters reset when people open a hotel and come back, so they give up on filtering.',
        '',
        '**Goal:** filters that stick, with the most-used ones (price, rating, free cancellation) up front.',
      ),
      tags: ['hotels', 'search'],
    },
    zh: {
      title: '重新设计酒店搜索筛选',
      description: md(
        '**问题：** 用户点进酒店详情再返回时，筛选条件会被清空，很多人干脆放弃筛选。',
        '',
        '**目标：** 筛选条件保持不丢失，并把最常用的价格、评分、免费取消放在最前面。',
      ),
      tags: ['酒店', '搜索'],
    },
    criteria: [
      { done: true, en: 'Filters persist after going back from a hotel', zh: '从酒店详情返回后筛选条件保持不变' },
      { done: true, en: 'Price slider uses the selected currency', zh: '价格滑块使用用户所选币种' },
      { done: false, en: '"Clear all" resets every filter in one tap', zh: '"清除全部"一次重置所有筛选' },
    ],
  },
  {
    stage: 'design',
    type: 'feature',
    priority: 'P1',
    owner: 'design',
    due: 9,
    en: {
      title: 'Saved travellers: reuse passenger details',
      description: md(
        '**Problem:** frequent flyers type the same name, ID number and phone for every booking.',
        '',
        '**Evidence:** the analysis of the passenger form shows it is the slowest step (median 94 s).',
        '',
        '**Goal:** pick a saved traveller in one tap.',
      ),
      tags: ['checkout', 'accounts'],
    },
    zh: {
      title: '常用乘机人：一键复用信息',
      description: md(
        '**问题：** 常旅客每次下单都要重新填写姓名、证件号和手机号。',
        '',
        '**依据：** 乘机人信息页是下单流程中最慢的一步，耗时中位数 94 秒。',
        '',
        '**目标：** 一键选择常用乘机人。',
      ),
      tags: ['下单', '账户'],
    },
    criteria: [
      { done: true, en: 'Up to 20 saved travellers per account', zh: '每个账户最多保存 20 位常用乘机人' },
      { done: false, en: 'ID numbers are masked except the last 4 digits', zh: '证件号除后 4 位外脱敏显示' },
      { done: false, en: 'Expired passports are flagged before payment', zh: '护照过期时在支付前给出提示' },
    ],
  },
  {
    stage: 'design',
    type: 'feature',
    priority: 'P2',
    owner: 'design',
    due: 20,
    en: {
      title: 'Trip timeline on the home screen',
      description: md(
        '**Problem:** upcoming flights and hotels are buried in "My orders".',
        '',
        '**Goal:** the next trip, as a timeline (check-in, flight, hotel), is the first thing on the home screen.',
      ),
      tags: ['home', 'trips'],
    },
    zh: {
      title: '首页行程时间轴',
      description: md(
        '**问题：** 即将出行的航班和酒店都藏在"我的订单"里，不好找。',
        '',
        '**目标：** 首页最上方用时间轴展示下一次行程：值机、航班、入住。',
      ),
      tags: ['首页', '行程'],
    },
    criteria: [
      { done: false, en: 'Shows the next trip within 30 days', zh: '展示 30 天内的下一次行程' },
      { done: false, en: 'Each step links to its booking', zh: '每个节点都能跳转到对应订单' },
    ],
  },
  {
    stage: 'design',
    type: 'improvement',
    priority: 'P2',
    owner: null,
    due: 18,
    en: {
      title: 'Accessible seat map',
      description: md(
        '**Problem:** the seat map cannot be used with a screen reader and relies on colour alone.',
        '',
        '**Goal:** meet WCAG 2.1 AA for seat selection.',
      ),
      tags: ['accessibility', 'flights'],
    },
    zh: {
      title: '选座图无障碍优化',
      description: md(
        '**问题：** 选座图无法配合读屏软件使用，座位状态只靠颜色区分。',
        '',
        '**目标：** 选座流程达到 WCAG 2.1 AA 标准。',
      ),
      tags: ['无障碍', '机票'],
    },
    criteria: [
      {
        done: true,
        en: 'Every seat has a spoken label (row, letter, status)',
        zh: '每个座位都有读屏标签（排号、座位号、状态）',
      },
      { done: false, en: 'Seat status is not conveyed by colour alone', zh: '座位状态不只依靠颜色区分' },
    ],
  },
  // --- development ---------------------------------------------------------
  {
    stage: 'development',
    type: 'feature',
    priority: 'P0',
    owner: 'engineering',
    due: -2,
    en: {
      title: 'One-tap rebooking when a flight is cancelled',
      description: md(
        '**Problem:** when an airline cancels, users wait on the phone for an hour to be rebooked.',
        '',
        '**Evidence:** cancellations drive 40% of 1-star reviews during the storm season.',
        '',
        '**Goal:** offer the next available flights in the app and confirm in one tap.',
      ),
      tags: ['flights', 'disruption'],
    },
    zh: {
      title: '航班取消后一键改签',
      description: md(
        '**问题：** 航司取消航班后，用户要排队打一个小时电话才能改签。',
        '',
        '**依据：** 恶劣天气季节里，40% 的一星差评与航班取消有关。',
        '',
        '**目标：** 在 App 内直接推荐后续可改签的航班，一键确认。',
      ),
      tags: ['机票', '航变'],
    },
    criteria: [
      { done: true, en: 'Push notification within 5 minutes of the cancellation', zh: '航班取消后 5 分钟内推送通知' },
      { done: true, en: 'Shows at least 3 alternative flights', zh: '至少展示 3 个可选替代航班' },
      {
        done: false,
        en: 'Rebooking needs no extra payment when the fare is covered',
        zh: '票价差额由航司承担时无需额外支付',
      },
    ],
  },
  {
    stage: 'development',
    type: 'improvement',
    priority: 'P0',
    owner: 'engineering',
    due: 3,
    en: {
      title: 'Show the total price including taxes in search results',
      description: md(
        '**Problem:** the list shows the base fare, and the price jumps by up to 30% at checkout.',
        '',
        '**Evidence:** new consumer rules require the full price up front; top complaint in surveys.',
        '',
        '**Goal:** the price in the list is the price you pay.',
      ),
      tags: ['pricing', 'compliance'],
    },
    zh: {
      title: '搜索列表直接展示含税总价',
      description: md(
        '**问题：** 列表页只展示裸票价，到了支付页价格最多会高出 30%。',
        '',
        '**依据：** 新的消费者保护规定要求预先展示总价；这也是问卷里被吐槽最多的一点。',
        '',
        '**目标：** 列表上看到的价格就是最终支付的价格。',
      ),
      tags: ['定价', '合规'],
    },
    criteria: [
      { done: true, en: 'Taxes and fees are included in the list price', zh: '列表价格包含税费' },
      { done: false, en: 'A breakdown is one tap away', zh: '点击即可查看价格明细' },
    ],
  },
  {
    stage: 'development',
    type: 'feature',
    priority: 'P2',
    owner: 'engineering',
    due: 8,
    en: {
      title: '"Free cancellation" badge on hotels',
      description: md(
        '**Problem:** users open each hotel to read the cancellation policy.',
        '',
        '**Goal:** a clear badge on the list, with the deadline on the detail page.',
      ),
      tags: ['hotels', 'conversion'],
    },
    zh: {
      title: '酒店"可免费取消"标签',
      description: md(
        '**问题：** 用户要逐个点进酒店详情才能看到取消政策。',
        '',
        '**目标：** 列表页直接显示标签，详情页写明免费取消的截止时间。',
      ),
      tags: ['酒店', '转化'],
    },
    criteria: [
      {
        done: false,
        en: 'Badge only when cancellation is free until at least 24 h before check-in',
        zh: '仅在入住前 24 小时及以上可免费取消时显示标签',
      },
      { done: false, en: "Deadline shown in the hotel's local time", zh: '截止时间按酒店当地时间显示' },
    ],
  },
  {
    stage: 'development',
    type: 'bug',
    priority: 'P1',
    owner: 'engineering',
    due: -1,
    en: {
      title: 'App crashes when rotating the boarding pass screen',
      description: md(
        '**Steps:** open a boarding pass, rotate the phone to landscape.',
        '',
        '**Impact:** 1.2% of sessions on Android 13; people need the pass at the gate.',
      ),
      tags: ['crash', 'android'],
    },
    zh: {
      title: '登机牌页面横屏时闪退',
      description: md(
        '**复现步骤：** 打开登机牌，把手机横过来。',
        '',
        '**影响：** Android 13 上 1.2% 的会话出现闪退，而用户恰恰是在登机口急需出示登机牌。',
      ),
      tags: ['闪退', '安卓'],
    },
    criteria: [
      { done: true, en: 'No crash on rotation on Android 12–14', zh: 'Android 12–14 上横竖屏切换不再闪退' },
      { done: false, en: 'QR code stays at full brightness in landscape', zh: '横屏时二维码保持最高亮度' },
    ],
  },
  // --- testing -------------------------------------------------------------
  {
    stage: 'testing',
    type: 'feature',
    priority: 'P1',
    owner: 'qa',
    due: -3,
    en: {
      title: 'Multi-currency checkout',
      description: md(
        '**Problem:** overseas users pay in our currency and get charged a conversion fee by their bank.',
        '',
        '**Goal:** pay in USD, EUR, JPY or HKD with the rate locked for 15 minutes.',
      ),
      tags: ['payments', 'international'],
    },
    zh: {
      title: '多币种支付',
      description: md(
        '**问题：** 境外用户只能用人民币支付，还要被银行收一笔货币转换费。',
        '',
        '**目标：** 支持美元、欧元、日元、港币支付，汇率锁定 15 分钟。',
      ),
      tags: ['支付', '国际化'],
    },
    criteria: [
      {
        done: true,
        en: 'Rate is locked for 15 minutes and shown with a countdown',
        zh: '汇率锁定 15 分钟并显示倒计时',
      },
      { done: true, en: 'Refunds return the same currency', zh: '退款按原币种退回' },
      { done: false, en: 'Receipts show both currencies', zh: '收据同时显示两种币种金额' },
    ],
  },
  {
    stage: 'testing',
    type: 'feature',
    priority: 'P1',
    owner: 'qa',
    due: 2,
    en: {
      title: 'Push notification for gate changes',
      description: md(
        '**Problem:** gate changes are announced at the airport only; people miss flights.',
        '',
        "**Goal:** notify within 2 minutes of the airline's update.",
      ),
      tags: ['notifications', 'flights'],
    },
    zh: {
      title: '登机口变更推送',
      description: md(
        '**问题：** 登机口变更只在机场广播，有用户因此误机。',
        '',
        '**目标：** 航司更新后 2 分钟内推送通知。',
      ),
      tags: ['推送', '机票'],
    },
    criteria: [
      { done: true, en: 'Notification arrives within 2 minutes in 95% of cases', zh: '95% 的情况下 2 分钟内收到推送' },
      { done: false, en: 'No duplicate notifications for the same change', zh: '同一次变更不重复推送' },
    ],
  },
  {
    stage: 'testing',
    type: 'bug',
    priority: 'P0',
    owner: 'qa',
    due: 1,
    en: {
      title: 'Coupon applied twice on round trips',
      description: md(
        '**Steps:** book a round trip with a single-use coupon; the discount appears on both legs.',
        '',
        '**Impact:** about ¥18k lost last week; coupon campaign paused until fixed.',
      ),
      tags: ['coupons', 'checkout'],
    },
    zh: {
      title: '往返订单优惠券被重复抵扣',
      description: md(
        '**复现步骤：** 用一张单次优惠券预订往返机票，去程和返程都被抵扣了。',
        '',
        '**影响：** 上周损失约 1.8 万元，优惠券活动已暂停，修复后恢复。',
      ),
      tags: ['优惠券', '下单'],
    },
    criteria: [
      { done: true, en: 'A single-use coupon is applied once per order', zh: '单次优惠券每个订单只抵扣一次' },
      {
        done: true,
        en: 'Regression test covers one-way, round trip and multi-city',
        zh: '回归测试覆盖单程、往返和多程',
      },
      { done: false, en: 'Finance confirms the affected orders are reconciled', zh: '财务确认受影响订单已完成对账' },
    ],
  },
  // --- released ------------------------------------------------------------
  {
    stage: 'released',
    type: 'feature',
    priority: 'P1',
    owner: 'engineering',
    due: null,
    en: {
      title: 'Sign in with phone number and SMS code',
      description: md(
        'Launched in v2.2. Replaces the email + password form as the default sign-in.',
        '',
        '**Success metric:** sign-in completion from 71% to 85%.',
      ),
      tags: ['accounts', 'onboarding'],
    },
    zh: {
      title: '手机号验证码登录',
      description: md(
        '已在 v2.2 上线，取代邮箱 + 密码成为默认登录方式。',
        '',
        '**成功指标：** 登录完成率从 71% 提升到 85%。',
      ),
      tags: ['账户', '新用户'],
    },
  },
  {
    stage: 'released',
    type: 'improvement',
    priority: 'P3',
    owner: 'design',
    due: null,
    en: {
      title: 'Dark mode',
      description: md(
        'Launched in v2.2, follows the system setting.',
        '',
        '- Boarding pass stays light so it scans at the gate',
        '- Maps use the dark tile set',
      ),
      tags: ['ui'],
    },
    zh: {
      title: '深色模式',
      description: md(
        '已在 v2.2 上线，跟随系统设置切换。',
        '',
        '- 登机牌保持浅色，保证登机口扫码成功',
        '- 地图使用深色底图',
      ),
      tags: ['界面'],
    },
  },
  {
    stage: 'released',
    type: 'bug',
    priority: 'P1',
    owner: 'qa',
    due: null,
    en: {
      title: 'E-ticket PDF shows the wrong time zone',
      description: md(
        "Departure times were printed in the user's time zone instead of the airport's. Fixed in v2.2.1.",
      ),
      tags: ['flights', 'tickets'],
    },
    zh: {
      title: '电子客票 PDF 时区显示错误',
      description: md('起飞时间按用户所在时区打印，而不是机场当地时间。已在 v2.2.1 修复。'),
      tags: ['机票', '客票'],
    },
  },
  // --- review --------------------------------------------------------------
  {
    stage: 'review',
    type: 'research',
    priority: 'P1',
    owner: 'data',
    due: 5,
    en: {
      title: 'Review: new checkout flow (v2.3)',
      description: md(
        'Two weeks after launch, compare with the old flow:',
        '',
        '- Checkout conversion (target +3 pt)',
        '- Time to pay (target −20%)',
        '- Payment error rate',
        '',
        'Share the learnings at the next product review.',
      ),
      tags: ['review', 'checkout'],
    },
    zh: {
      title: '复盘：新版下单流程（v2.3）',
      description: md(
        '上线两周后，与旧流程对比：',
        '',
        '- 下单转化率（目标提升 3 个百分点）',
        '- 支付耗时（目标缩短 20%）',
        '- 支付失败率',
        '',
        '在下次产品评审会上分享结论。',
      ),
      tags: ['复盘', '下单'],
    },
  },
  {
    stage: 'review',
    type: 'research',
    priority: 'P2',
    owner: 'data',
    due: 10,
    en: {
      title: 'Review: hotel recommendations on the home screen',
      description: md(
        '**Question:** did the recommendation slot lift hotel bookings, or only move clicks away from search?',
        '',
        '**Data:** A/B test, 4 weeks, 50/50 split.',
      ),
      tags: ['review', 'hotels'],
    },
    zh: {
      title: '复盘：首页酒店推荐位',
      description: md(
        '**问题：** 推荐位是真正带来了酒店订单增长，还是只是把搜索的点击分流过来？',
        '',
        '**数据：** A/B 实验，为期 4 周，流量五五分。',
      ),
      tags: ['复盘', '酒店'],
    },
  },
];

// ---------------------------------------------------------------------------
// Builder

/** The demo product with its board, team, cards and the events that created them. */
export function buildDemoProduct(locale: DemoLocale, env: Env, today: string): DemoData {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const seeded = seedProduct(
    env,
    PRODUCT_NAME[lang],
    DEMO_MEMBERS.map((m) => ({ name: m[lang], role: m.role })),
  );
  const { at, product, members } = seeded;
  const productId = product.id;
  const gates = demoGates(lang, env.newId);
  const stages = seeded.stages
    .map((stage) => (stage.key === 'development' ? { ...stage, wipLimit: 5, wipMode: 'warn' as const } : stage))
    .map((stage) => ({ ...stage, gate: gates[stage.key as DefaultStageKey] ?? stage.gate }));
  const stageIdByKey = new Map(stages.map((stage) => [stage.key, stage.id]));

  const memberIdByRole = new Map(members.map((member) => [member.role, member.id]));
  const roadmap = buildDemoRoadmap(lang, env, productId, today, memberIdByRole);

  // Seeds are in display order, so each stage's ranks are handed out top to bottom.
  const ranksByStage = new Map(
    STAGE_KEYS.map((key) => [key, ranksAfter(null, DEMO_REQUIREMENTS.filter((s) => s.stage === key).length)]),
  );

  const requirements: Requirement[] = DEMO_REQUIREMENTS.map((seed) => {
    const stageId = stageIdByKey.get(seed.stage);
    const rank = ranksByStage.get(seed.stage)?.shift();
    if (stageId === undefined || rank === undefined) throw new Error(`demo: no stage ${seed.stage}`);
    const text = seed[lang];
    const acceptanceCriteria: ChecklistItem[] = (seed.criteria ?? []).map((item) => ({
      id: env.newId(),
      text: item[lang],
      done: item.done,
    }));
    return newRequirement(env, {
      productId,
      title: text.title,
      description: text.description,
      type: seed.type,
      priority: seed.priority,
      ownerId: seed.owner === null ? null : (memberIdByRole.get(seed.owner) ?? null),
      tags: [...text.tags],
      dueDate: seed.due === null ? null : addDays(today, seed.due),
      acceptanceCriteria,
      stageId,
      rank,
      initiativeId: roadmap.initiativeByRequirement.get(seed.en.title) ?? null,
      scores: demoScores(seed.en.title),
      at,
    });
  });

  const byTitle = new Map(DEMO_REQUIREMENTS.map((seed, i) => [seed.en.title, requirements[i] as Requirement]));
  const sprints = buildDemoIterations(lang, env, productId, today, at, byTitle, stageIdByKey, memberIdByRole);
  const planned = new Map(sprints.requirements.map((r) => [r.id, r]));

  const events: CairnEvent[] = [
    ...seeded.creationEvents,
    ...requirements.map((r) => seeded.event(r.id, 'requirement.created', { stageId: r.stageId, title: r.title })),
    ...roadmap.events,
    ...sprints.events,
  ];

  const requirementIdByTitle = new Map(DEMO_REQUIREMENTS.map((seed, i) => [seed.en.title, requirements[i]?.id ?? '']));
  const evidence = buildDemoFeedback(lang, env, productId, at, today, seeded.event, requirementIdByTitle);
  const matrix = buildDemoCompetitors(lang, env, productId, at, seeded.event, requirementIdByTitle);
  events.push(...evidence.events, ...matrix.events);

  return {
    product,
    stages,
    members,
    requirements: withDemoReview(
      requirements.map((r) => planned.get(r.id) ?? r),
      requirementIdByTitle,
      lang,
      today,
    ),
    events,
    lanes: roadmap.lanes,
    initiatives: roadmap.initiatives,
    iterations: sprints.iterations,
    feedback: evidence.feedback,
    competitors: matrix.competitors,
    capabilities: matrix.capabilities,
  };
}
