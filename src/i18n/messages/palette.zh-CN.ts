import type { paletteEn } from './palette.en';

export const paletteZhCN: Record<keyof typeof paletteEn, string> = {
  'palette.title': '命令',
  'palette.search': '输入命令',
  'palette.results': '匹配的命令',
  'palette.none': '没有与“{query}”匹配的命令',
  'palette.hint': '回车执行 · ↑↓ 选择 · Esc 关闭',
  'palette.cmd.board': '前往看板',
  'palette.cmd.roadmap': '前往路线图',
  'palette.cmd.filter': '在看板上筛选需求',
  'palette.cmd.add': '在第一个阶段添加需求',
  'palette.cmd.export': '导出路线图',
  'palette.cmd.undo': '撤销上一步修改',
  'palette.cmd.redo': '重做',
  'palette.cmd.settings': '打开设置（数据、备份、示例产品）',
  'palette.cmd.stages': '编辑阶段和 WIP 限制',
  'palette.cmd.english': '将语言切换为英文（English）',
  'palette.cmd.chinese': '将语言切换为中文',
};
