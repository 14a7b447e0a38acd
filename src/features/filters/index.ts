import '../../i18n/tableMessages';
export { FilterPanel } from './FilterPanel';
export { SavedViewsMenu } from './SavedViewsMenu';
