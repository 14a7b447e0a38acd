// 启动失败界面的中文文案；与 startup.en.ts 的键和 {参数} 一一对应。
import type { startupEn } from './startup.en';

export const startupZhCN: Record<keyof typeof startupEn, string> = {
  'app.storageError': 'Cairn 无法打开本地数据库：{message}。请关闭其他 Cairn 标签页或退出无痕模式后刷新。',
  'startup.error.full':
    '本设备存储空间已满，Cairn 无法启动。之前保存的内容不会丢失。请释放本设备的磁盘空间，或在浏览器设置中清除其他网站的数据，然后点击“重试”。',
  'startup.error.label': 'Cairn 无法启动',
};
