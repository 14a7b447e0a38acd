import type { roadmapEn } from './roadmap.en';

export const roadmapZhCN: Record<keyof typeof roadmapEn, string> = {
};
