// Phrase tables for the generated sample product. Titles combine a template
// per requirement type with an object and an optional qualifier, so a few
// hundred phrases give tens of thousands of plausible, varied requirements.
import type { MemberRole, RequirementType } from './types';

export interface SampleCopy {
  /** Per type; `{x}` is a capability (features) or a product area (the rest). */
  titles: Record<RequirementType, readonly string[]>;
  capabilities: readonly string[];
  areas: readonly string[];
  qualifiers: readonly string[];
  withQualifier: (title: string, qualifier: string) => string;
  /** First description line; `{x}` as in the title. */
  problems: { capability: readonly string[]; area: readonly string[] };
  /** `{n}` is a number. */
  evidence: readonly string[];
  goals: readonly string[];
  criteria: readonly string[];
  tags: readonly string[];
}

const en: SampleCopy = {
  titles: {
    feature: ['Add {x}', 'Support {x}', 'Introduce {x}', 'Offer {x}', 'Let people use {x}'],
    improvement: [
      'Improve the {x}',
      'Simplify the {x}',
      'Speed up the {x}',
      'Redesign the {x}',
      'Polish the {x}',
      'Clarify errors in the {x}',
    ],
    bug: [
      'Crash when opening the {x}',
      'Wrong totals shown in the {x}',
      'Slow loading of the {x}',
      'Layout breaks in the {x}',
      'Double submit in the {x}',
      'Missing translations in the {x}',
    ],
    research: [
      'Investigate drop-off in the {x}',
      'Interview users about the {x}',
      'Benchmark competitors on the {x}',
      'Analyse usage of the {x}',
    ],
  },
  capabilities: [
    'saved searches',
    'price alerts',
    'bulk export of orders',
    'two-factor sign-in',
    'multi-currency payments',
    'shared team workspaces',
    'scheduled reports',
    'referral rewards',
    'in-app chat with support',
    'gift cards',
    'a dark theme',
    'offline mode',
    'single sign-on',
    'audit log for admins',
    'custom fields on orders',
    'CSV import of contacts',
    'recurring invoices',
    'a loyalty points wallet',
    'push reminders',
    'guest checkout',
  ],
  areas: [
    'checkout flow',
    'search results page',
    'onboarding tour',
    'order history',
    'account settings',
    'product detail page',
    'notification centre',
    'billing page',
    'home feed',
    'admin dashboard',
    'sign-up form',
    'refund request form',
    'shopping cart',
    'help centre',
    'invoice PDF',
    'profile editor',
    'coupon page',
    'delivery tracker',
  ],
  qualifiers: [
    '',
    '',
    '',
    'on mobile',
    'for new users',
    'on Android',
    'on iOS',
    'for enterprise accounts',
    'on slow networks',
    'for returning users',
    'in the web app',
    'for team admins',
  ],
  withQualifier: (title, qualifier) => (qualifier ? `${title} ${qualifier}` : title),
  problems: {
    capability: [
      '**Problem:** customers keep asking for {x} and work around it by hand today.',
      '**Problem:** without {x}, larger accounts say they cannot switch to us.',
      '**Problem:** two competitors launched {x} this quarter; sales hears about it weekly.',
    ],
    area: [
      '**Problem:** people get stuck in the {x} and contact support instead.',
      '**Problem:** the {x} is the slowest step in the journey on mid-range phones.',
      '**Problem:** the {x} has not been touched in two years and confuses new users.',
    ],
  },
  evidence: [
    '**Evidence:** {n} feedback tickets in the last month.',
    '**Evidence:** {n}% of sessions that start here never finish.',
    '**Evidence:** raised in {n} customer interviews this quarter.',
    '**Evidence:** {n} one-star reviews mention it.',
  ],
  goals: [
    '**Goal:** cut related support tickets by half.',
    '**Goal:** lift conversion on this step by 3 points.',
    '**Goal:** make it work in one tap.',
    '**Goal:** bring median time on this step under 30 s.',
  ],
  criteria: [
    'Works on iOS, Android and the web',
    'Loads in under 2 s on 4G',
    'Copy reviewed in English and Chinese',
    'Tracked with an analytics event',
    'Meets WCAG 2.1 AA',
    'Covered by an automated test',
    'Handles the empty state',
    'Errors say what to do next',
    'Behind a feature flag for a staged rollout',
    'Keeps working offline',
  ],
  tags: [
    'mobile',
    'web',
    'checkout',
    'search',
    'onboarding',
    'growth',
    'retention',
    'performance',
    'payments',
    'accounts',
    'notifications',
    'analytics',
    'accessibility',
    'compliance',
    'ux',
    'api',
  ],
};

const zh: SampleCopy = {
  titles: {
    feature: ['新增{x}', '支持{x}', '上线{x}', '提供{x}'],
    improvement: ['优化{x}', '简化{x}', '改版{x}', '{x}性能优化', '{x}体验优化', '{x}报错文案优化'],
    bug: ['修复{x}偶现闪退', '{x}金额显示错误', '{x}加载缓慢', '{x}在小屏上布局错乱', '{x}重复提交', '{x}缺少翻译文案'],
    research: ['调研{x}流失原因', '{x}用户访谈', '竞品{x}对比分析', '{x}使用数据分析'],
  },
  capabilities: [
    '保存搜索条件',
    '降价提醒',
    '批量导出订单',
    '两步验证登录',
    '多币种支付',
    '团队共享空间',
    '定时报表',
    '邀请有礼',
    '在线客服',
    '礼品卡',
    '深色模式',
    '离线模式',
    '企业单点登录',
    '管理员操作日志',
    '订单自定义字段',
    '通讯录批量导入',
    '周期性账单',
    '积分钱包',
    '推送提醒',
    '免登录下单',
  ],
  areas: [
    '下单流程',
    '搜索结果页',
    '新手引导',
    '历史订单',
    '账户设置',
    '商品详情页',
    '消息中心',
    '账单页',
    '首页信息流',
    '管理后台',
    '注册表单',
    '退款申请页',
    '购物车',
    '帮助中心',
    '电子发票',
    '个人资料编辑',
    '优惠券页',
    '物流跟踪',
  ],
  qualifiers: ['', '', '', '移动端', '新用户', '安卓', 'iOS', '企业版', '弱网', '老用户', '网页端', '团队管理员'],
  withQualifier: (title, qualifier) => (qualifier ? `【${qualifier}】${title}` : title),
  problems: {
    capability: [
      '**问题：** 用户一直在要{x}，目前只能手动变通。',
      '**问题：** 没有{x}，大客户表示无法迁移过来。',
      '**问题：** 两家竞品本季度都上线了{x}，销售每周都会被问到。',
    ],
    area: [
      '**问题：** 用户在{x}卡住，只好去找客服。',
      '**问题：** 在中端机型上，{x}是整个流程中最慢的一步。',
      '**问题：** {x}两年没有改过，新用户经常看不懂。',
    ],
  },
  evidence: [
    '**依据：** 上个月有 {n} 条相关反馈。',
    '**依据：** 从这里开始的会话中有 {n}% 没有完成。',
    '**依据：** 本季度 {n} 场用户访谈中被提到。',
    '**依据：** 有 {n} 条一星差评提到这个问题。',
  ],
  goals: [
    '**目标：** 相关客服工单减少一半。',
    '**目标：** 这一步的转化率提升 3 个百分点。',
    '**目标：** 一步完成操作。',
    '**目标：** 这一步的耗时中位数降到 30 秒以内。',
  ],
  criteria: [
    'iOS、安卓和网页端均可用',
    '4G 网络下 2 秒内加载完成',
    '中英文文案均已走查',
    '埋点事件已上报',
    '达到 WCAG 2.1 AA 标准',
    '有自动化测试覆盖',
    '空状态有引导',
    '报错信息说明下一步怎么做',
    '通过功能开关灰度发布',
    '离线时仍可使用',
  ],
  tags: [
    '移动端',
    '网页端',
    '下单',
    '搜索',
    '新用户',
    '增长',
    '留存',
    '性能',
    '支付',
    '账户',
    '推送',
    '数据',
    '无障碍',
    '合规',
    '体验',
    '接口',
  ],
};

export const SAMPLE_COPY = { en, zh } as const;

export const SAMPLE_PRODUCT_NAME = {
  en: (count: string) => `Sample · ${count} requirements`,
  zh: (count: string) => `示例 · ${count} 个需求`,
} as const;

/** Twelve people across the roles, weighted like a real team (more engineers than ops). */
export const SAMPLE_MEMBERS: ReadonlyArray<{ role: MemberRole; en: string; zh: string }> = [
  { role: 'pm', en: 'Lin Wei', zh: '林伟' },
  { role: 'pm', en: 'Zhou Min', zh: '周敏' },
  { role: 'design', en: 'Chen Jing', zh: '陈静' },
  { role: 'design', en: 'Guo Ting', zh: '郭婷' },
  { role: 'engineering', en: 'Zhang Hao', zh: '张浩' },
  { role: 'engineering', en: 'Li Na', zh: '李娜' },
  { role: 'engineering', en: 'Zhao Qiang', zh: '赵强' },
  { role: 'engineering', en: 'Sun Yue', zh: '孙悦' },
  { role: 'qa', en: 'Liu Fang', zh: '刘芳' },
  { role: 'qa', en: 'Huang Tao', zh: '黄涛' },
  { role: 'ops', en: 'Wu Xin', zh: '吴欣' },
  { role: 'data', en: 'Wang Lei', zh: '王磊' },
];
