// Imported for its effect by the start-up failure screen, which loads only when Cairn cannot start.
import { startupEn } from './messages/startup.en';
import { startupZhCN } from './messages/startup.zh-CN';
import { addMessages } from './translate';

addMessages({ en: startupEn, 'zh-CN': startupZhCN });
