// Imported for its effect by the card extras, the details panel and the Stages dialog, which load on demand.
import { gatesEn } from './messages/gates.en';
import { gatesZhCN } from './messages/gates.zh-CN';
import { addMessages } from './translate';

addMessages({ en: gatesEn, 'zh-CN': gatesZhCN });
