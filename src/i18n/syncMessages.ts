// Imported for its effect by team sync's header state, Settings → Sync and the join dialog, which load on demand.
import { syncEn } from './messages/sync.en';
import { syncZhCN } from './messages/sync.zh-CN';
import { addMessages } from './translate';

addMessages({ en: syncEn, 'zh-CN': syncZhCN });
