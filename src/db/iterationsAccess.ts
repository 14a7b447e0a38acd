// The app's iteration repository, in a module of its own: the iterations view,
// the detail panel's picker and the board's badges load it on demand, so the
// board's start-up bundle does not carry it. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createIterationRepository } from './iterations';
import { withStorageErrors } from './storageErrors';

export const iterationRepository = withStorageErrors(createIterationRepository(repositories.db, browserEnv));
export type { IterationChange, IterationPatch, NewIteration, NextIteration } from './iterations';
