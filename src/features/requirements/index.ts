export { RequirementDetail } from './RequirementDetail';
