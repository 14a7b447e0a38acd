// Imported for its effect by prioritisation's modules (the scores in the detail panel, the prioritise view), which load on demand.
import { priorityEn } from './messages/priority.en';
import { priorityZhCN } from './messages/priority.zh-CN';
import { addMessages } from './translate';

addMessages({ en: priorityEn, 'zh-CN': priorityZhCN });
