import type { cardsEn } from './cards.en';

export const cardsZhCN: Record<keyof typeof cardsEn, string> = {
  'card.presence.open': '{name} 正在查看',
  'card.presence.unnamed': '某人',
  'card.feedback.one': '1 条反馈',
  'card.feedback.other': '{count} 条反馈',
  'card.score': '{framework} {value}',
  'card.notScored': '未评分',
  'card.aging': '老化 · {days} 天',
  'card.agingLabel': '老化：已进行 {days} 天；85% 的已完成需求在第 {p85} 天前已离开“{stage}”（该阶段的 P85）',
  'card.agingLabelOverall':
    '老化：已进行 {days} 天，比 85% 的已完成需求用时更长（周期时间 P85 为 {p85} 天；“{stage}”自身的历史太少）',
  'score.moscow.must': '必须有',
  'score.moscow.should': '应该有',
  'score.moscow.could': '可以有',
  'score.moscow.wont': '暂不做',
  'score.kano.must-be': '必备型',
  'score.kano.one-dimensional': '期望型',
  'score.kano.attractive': '魅力型',
  'score.kano.indifferent': '无差异型',
  'score.kano.reverse': '反向型',
};
