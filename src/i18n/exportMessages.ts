// Imported for its effect by the export dialog's modules, which load on demand.
import { exportEn } from './messages/export.en';
import { exportZhCN } from './messages/export.zh-CN';
import { addMessages } from './translate';

addMessages({ en: exportEn, 'zh-CN': exportZhCN });
