// The roadmap export capability: the dialog (lazy-loaded by the roadmap's
// Export button) and the one function that turns roadmap data into a file.
export { ExportDialog } from './ExportDialog';
export type { ExportDialogProps } from './ExportDialog';
export { runExport } from './runExport';
export type { ExportExtras, ExportResult, ExportStep } from './runExport';
export type { LoadExportData } from './loadExportData';
