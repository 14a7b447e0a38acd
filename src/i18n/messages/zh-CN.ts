import type { BaseMessageKey } from './en';

export const zhCN: Record<BaseMessageKey, string> = {
  'app.title': 'Cairn',
  'app.loading': '正在打开看板…',
  'app.skipToBoard': '跳到看板',

  'error.view.title': '此视图出现错误',
  'error.view.body': '你的数据是安全的：每个改动在显示之前都已保存在本机。请重试，或刷新页面。',
  'error.view.retry': '重试',

  'roadmap.nav.label': '视图',
  'nav.board': '看板',
  'nav.roadmap': '路线图',
  'nav.prioritise': '优先级',
  'nav.trash': '回收站',
  'nav.feedback': '用户反馈',
  'nav.competitors': '竞品分析',
  'nav.analytics': '数据分析',
  'nav.table': '表格',
  'nav.iterations': '迭代',
  'nav.workload': '工作负荷',
  'nav.review': '待复盘',

  'error.stale': '“{title}”已在此处或其他标签页中被修改，因此未执行撤销或重做。',
  'error.wipBlocked': '某个阶段将超出其在制品上限 {limit}，因此未写入任何内容。请提高上限或选择其他阶段。',
  'history.undo': '撤销',
  'history.redo': '重做',
  'history.undoWhat': '撤销：{action}（Ctrl+Z）',
  'history.redoWhat': '重做：{action}（Ctrl+Shift+Z）',
  'history.nothingToUndo': '没有可撤销的操作',
  'history.nothingToRedo': '没有可重做的操作',

  'shell.more': '更多',
  'save.saved': '已保存',
  'save.saving': '正在保存…',
  'save.failed': '未保存',

  'product.switcher': '产品',

  'stage.inbox': '需求收集',
  'stage.analysis': '需求分析',
  'stage.design': '产品设计',
  'stage.development': '开发中',
  'stage.testing': '测试验收',
  'stage.released': '已上线',
  'stage.review': '数据复盘',
  'stage.untitled': '未命名阶段',

  'board.label': '{product} 的看板',
  'board.column.count': '{count} 个需求',
  'board.column.wip': '{count} / {limit}',
  'board.column.wipOver': '超出在制品上限 {limit}',
  'board.column.empty': '这里还没有需求',
  'board.quickAdd.label': '在「{stage}」中添加需求',
  'board.scroll.earlier': '滚动到前面的阶段',
  'board.scroll.later': '滚动到后面的阶段',
  'board.quickAdd.placeholder': '+ 添加需求，按回车',
  'board.empty.title': '这个产品还没有需求',
  'board.empty.body': '在「需求收集」列输入标题并按回车。随着工作推进，把卡片向右拖过各个阶段。',
  'board.filter.label': '筛选需求',
  'board.filter.placeholder': '搜索需求（/）',
  'board.filter.count': '显示 {shown} / {total}',
  'board.filter.open': '筛选',
  'board.filter.openCount': '筛选（{count}）',
  'board.filter.clear': '清除筛选',
  'board.views.open': '已存视图',
  'board.move.failed': '移动未保存：{message}',
  'board.move.wipBlocked': '「{stage}」已达上限 {limit}。请先完成其中的需求，或提高上限。',
  'board.add.failed': '需求未添加：{message}',

  'card.roleDescription': '可拖动的需求',
  'card.priority': '优先级 {priority}',
  'card.owner': '负责人：{name}',
  'card.due': '截止 {date}',
  'card.overdue': '已于 {date} 逾期',

  'type.feature': '新功能',
  'type.improvement': '优化',
  'type.bug': '缺陷',
  'type.research': '调研',

  'dnd.instructions':
    '按空格键或回车键拿起需求。拖动时用方向键在位置和阶段之间移动，再按空格键或回车键放下，按 Esc 取消。',
  'dnd.pickedUp': '已拿起「{title}」，位于「{stage}」第 {position} 个，共 {total} 个。',
  'dnd.over': '「{title}」在「{stage}」第 {position} 个，共 {total} 个。',
  'dnd.overNothing': '「{title}」不在任何阶段上方。',
  'dnd.dropped': '已将「{title}」放到「{stage}」第 {position} 个，共 {total} 个。',
  'dnd.cancelled': '已取消移动，「{title}」回到「{stage}」。',

  'stages.cancel': '取消',
  'stages.lastStage': '产品至少保留一个阶段。',

  'error.invalidInput': '输入无效：{message}',
  'error.notFound': '该条目已不存在，可能已在其他标签页中删除。',
  'error.generic': '{message}',
  'toast.dismiss': '关闭',
  'toast.region': '通知',

  'storage.update.ready': 'Cairn 新版本已就绪。',
  'storage.reload': '重新加载',
  'storage.error.full':
    '本设备存储空间已满，此次更改未保存。请清空 Cairn 回收站、导出备份并删除不再需要的产品，或释放磁盘空间，然后重试。',
  'storage.error.outdated':
    'Cairn 已在另一个标签页中更新，此标签页已停止保存。请重新加载此标签页以继续；此前保存的内容都安全。',
  'storage.error.blocked': '请关闭其他 Cairn 标签页：其中一个仍在使用旧版本的数据库。关闭后此标签页会自动打开。',
  'storage.error.unavailable':
    '此浏览器不允许 Cairn 在这里保存数据（无痕浏览，或已关闭网站数据）。请在普通窗口中打开 Cairn，或允许其保存网站数据，然后重新加载。',
};
