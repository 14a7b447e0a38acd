// English strings of the roadmap capability; spread into en.ts so keys stay one flat catalogue.
export const roadmapEn = {
} as const;
