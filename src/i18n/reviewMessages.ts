// Imported for its effect by the review loop (the Review queue, the panel's review section), which loads on demand.
import { reviewEn } from './messages/review.en';
import { reviewZhCN } from './messages/review.zh-CN';
import { addMessages } from './translate';

addMessages({ en: reviewEn, 'zh-CN': reviewZhCN });
