import '../../i18n/iterationsMessages';
import '../../i18n/workloadMessages';
export { Workload } from './Workload';
