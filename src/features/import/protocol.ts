// Messages between the import dialog and its worker.
import type { Analysis, AnalyseOptions } from '../../domain/import/analyse';
import type { ColumnMapping } from '../../domain/import/generic';
import type { ImportPlan } from '../../domain/import/plan';
import type { PackedRequirements } from './planTransfer';

export type ToWorker =
  | { type: 'analyse'; id: number; bytes: ArrayBuffer; options: AnalyseOptions }
  | { type: 'remap'; id: number; columnMapping: ColumnMapping; name: string };

export type FromWorker =
  | { type: 'progress'; id: number; fraction: number }
  /** `analysis.plan` and `plan` come without requirements: they travel in `packed` (see planTransfer.ts). */
  | { type: 'analysed'; id: number; analysis: Analysis; packed: PackedRequirements }
  | { type: 'remapped'; id: number; plan: ImportPlan; packed: PackedRequirements }
  | { type: 'failed'; id: number; message: string };
