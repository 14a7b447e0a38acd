// Imported for its effect by the analytics view, which loads on demand.
import { analyticsEn } from './messages/analytics.en';
import { analyticsZhCN } from './messages/analytics.zh-CN';
import { addMessages } from './translate';

addMessages({ en: analyticsEn, 'zh-CN': analyticsZhCN });
