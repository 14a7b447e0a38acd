import '../../i18n/panelMessages';
export { RequirementDetail } from './RequirementDetail';
export { TrashView } from './TrashView';
export { trashRequirement } from './trashRequirement';
