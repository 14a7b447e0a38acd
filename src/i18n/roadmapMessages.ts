// Imported for its effect by the roadmap's modules, which load on demand.
import { roadmapEn } from './messages/roadmap.en';
import { roadmapZhCN } from './messages/roadmap.zh-CN';
import { addMessages } from './translate';

addMessages({ en: roadmapEn, 'zh-CN': roadmapZhCN });
