// The app's member writer, loaded with Settings → Members. Same database and clock as `repositories`.
import { browserEnv } from './env';
import { repositories } from './index';
import { createMemberRepository } from './members';
import { withStorageErrors } from './storageErrors';

export const memberWrites = withStorageErrors(createMemberRepository(repositories.db, browserEnv));
export type { MemberPatch } from './members';
