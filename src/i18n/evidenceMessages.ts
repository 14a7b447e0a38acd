// Imported for its effect by the evidence modules (feedback, competitors), which load on demand.
import { evidenceEn } from './messages/evidence.en';
import { evidenceZhCN } from './messages/evidence.zh-CN';
import { addMessages } from './translate';

addMessages({ en: evidenceEn, 'zh-CN': evidenceZhCN });
