// Imported for its effect by the workload view, the panel's contributors and the "me" setting, which load on demand.
import { workloadEn } from './messages/workload.en';
import { workloadZhCN } from './messages/workload.zh-CN';
import { addMessages } from './translate';

addMessages({ en: workloadEn, 'zh-CN': workloadZhCN });
