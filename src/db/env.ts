import { nanoid } from 'nanoid';
import type { Env } from '../domain/types';

/** Real clock and collision-safe client ids (never auto-increment: imports and sync must not collide). */
export const browserEnv: Env = {
  now: () => new Date().toISOString(),
  newId: () => nanoid(),
};
