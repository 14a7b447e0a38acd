// Imported for its effect by every module that records an undoable change (and
// the undo/redo toasts): the names of changes load with that code, not at start-up.
import { historyEn } from './messages/history.en';
import { historyZhCN } from './messages/history.zh-CN';
import { addMessages } from './translate';

addMessages({ en: historyEn, 'zh-CN': historyZhCN });
