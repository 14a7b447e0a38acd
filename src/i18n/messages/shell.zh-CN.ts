import type { shellEn } from './shell.en';

export const shellZhCN: Record<keyof typeof shellEn, string> = {
  'palette.open': '命令',
  'locale.label': '语言',
  'product.new': '新建产品',
  'product.rename': '重命名产品',
  'product.nameLabel': '产品名称',
  'product.create': '创建',
  'product.save': '保存',
  'board.stageSettings': '阶段',
  'settings.open': '设置',
  'dialog.close': '关闭',
};
