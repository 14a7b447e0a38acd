import '../../i18n/priorityMessages';
export { Prioritise } from './Prioritise';
