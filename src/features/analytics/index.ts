import '../../i18n/analyticsMessages';
export { Analytics } from './Analytics';
