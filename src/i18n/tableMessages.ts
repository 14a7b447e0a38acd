// Imported for its effect by the table view and the filter choices, which load on demand.
import { tableEn } from './messages/table.en';
import { tableZhCN } from './messages/table.zh-CN';
import { addMessages } from './translate';

addMessages({ en: tableEn, 'zh-CN': tableZhCN });
