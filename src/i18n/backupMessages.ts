// Imported for its effect by Settings → Data's backup section, which loads on demand.
import { backupEn } from './messages/backup.en';
import { backupZhCN } from './messages/backup.zh-CN';
import { addMessages } from './translate';

addMessages({ en: backupEn, 'zh-CN': backupZhCN });
