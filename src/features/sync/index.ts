export { SyncSection } from './SyncSection';
