// Imported for its effect by the requirement workspace (detail sections, trash view), which loads on demand.
import { workspaceEn } from './messages/workspace.en';
import { workspaceZhCN } from './messages/workspace.zh-CN';
import { addMessages } from './translate';

addMessages({ en: workspaceEn, 'zh-CN': workspaceZhCN });
