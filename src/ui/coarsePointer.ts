// Whether the primary pointer is a finger, for layouts computed in script that must
// match the CSS's `(pointer: coarse)` sizes (read once: a device seldom swaps it).
export const coarsePointer: boolean = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
