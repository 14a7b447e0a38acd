import '../../i18n/panelMessages';
export { SettingsDialog } from './SettingsDialog';
export { StageSettingsDialog } from './StageSettingsDialog';
