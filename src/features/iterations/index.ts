import '../../i18n/iterationsMessages';
export { Iterations } from './Iterations';
