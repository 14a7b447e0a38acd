// Messages between the import dialog and its worker.
import type { Analysis, AnalyseOptions } from '../../domain/import/analyse';
import type { ColumnMapping } from '../../domain/import/generic';
import type { ImportPlan } from '../../domain/import/plan';

export type ToWorker =
  | { type: 'analyse'; id: number; bytes: ArrayBuffer; options: AnalyseOptions }
  | { type: 'remap'; id: number; columnMapping: ColumnMapping; name: string };

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'analysed'; id: number; analysis: Analysis }
  | { type: 'remapped'; id: number; plan: ImportPlan }
  | { type: 'failed'; id: number; message: string };
