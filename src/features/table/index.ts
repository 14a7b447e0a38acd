import '../../i18n/tableMessages';
export { RequirementTable } from './RequirementTable';
