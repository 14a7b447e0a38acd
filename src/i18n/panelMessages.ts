// Imported for its effect by the details panel and the settings dialogs, which load on demand.
import { panelsEn } from './messages/panels.en';
import { panelsZhCN } from './messages/panels.zh-CN';
import { addMessages } from './translate';

addMessages({ en: panelsEn, 'zh-CN': panelsZhCN });
