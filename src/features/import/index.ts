// The import capability: loaded on demand from Settings → Data.
export { ImportDialog } from './ImportDialog';
