export { moveEntry } from './moveEntry';
export { settingEntry } from './settingEntry';
