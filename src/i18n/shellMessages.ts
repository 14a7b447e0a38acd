// Imported for its effect by the header's menu, the product form and the settings dialog, which load on demand.
import { shellEn } from './messages/shell.en';
import { shellZhCN } from './messages/shell.zh-CN';
import { addMessages } from './translate';

addMessages({ en: shellEn, 'zh-CN': shellZhCN });
