// English strings of the export capability; spread into en.ts so keys stay one flat catalogue.
export const exportEn = {
} as const;
