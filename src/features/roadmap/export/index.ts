// Placeholder until the exporters land: the export engineer replaces this whole folder.
export { ExportDialog } from './ExportDialog';
