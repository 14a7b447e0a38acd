// Imported for its effect by the iteration modules, which load on demand.
import { iterationsEn } from './messages/iterations.en';
import { iterationsZhCN } from './messages/iterations.zh-CN';
import { addMessages } from './translate';

addMessages({ en: iterationsEn, 'zh-CN': iterationsZhCN });
