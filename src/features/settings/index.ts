export { StageSettingsDialog } from './StageSettingsDialog';
