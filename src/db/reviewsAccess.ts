// The app's review repository, loaded with the Review queue and the panel's review section.
import { browserEnv } from './env';
import { repositories } from './index';
import { createReviewRepository } from './reviews';
import { withStorageErrors } from './storageErrors';

export const reviewRepository = withStorageErrors(createReviewRepository(repositories.db, browserEnv));
export type { RecordedReview, ReviewFields, ReviewPlace } from './reviews';
