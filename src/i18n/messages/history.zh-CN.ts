import type { historyEn } from './history.en';

export const historyZhCN: Record<keyof typeof historyEn, string> = {
  'history.undone': '已撤销：{action}',
  'history.redone': '已重做：{action}',
  'history.move': '将“{title}”移到{stage}',
  'history.create': '添加“{title}”',
  'history.edit': '编辑“{title}”',
  'history.delete': '删除“{title}”',
  'history.archive': '归档“{title}”',
  'history.restore': '恢复“{title}”',
  'history.duplicate': '复制“{title}”',
};
