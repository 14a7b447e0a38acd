export { SettingsDialog } from './SettingsDialog';
export { StageSettingsDialog } from './StageSettingsDialog';
