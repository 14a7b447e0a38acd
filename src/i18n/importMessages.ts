// Imported for its effect by the import dialog's modules, which load on demand.
import { importEn } from './messages/import.en';
import { importZhCN } from './messages/import.zh-CN';
import { addMessages } from './translate';

addMessages({ en: importEn, 'zh-CN': importZhCN });
