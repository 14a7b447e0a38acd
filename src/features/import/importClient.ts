// Promise-shaped access to the import worker; one worker per open dialog.
import type { Analysis, AnalyseOptions } from '../../domain/import/analyse';
import type { ColumnMapping } from '../../domain/import/generic';
import type { ImportPlan } from '../../domain/import/plan';
import type { PackedRequirements } from './planTransfer';
import type { FromWorker, ToWorker } from './protocol';

/** The plans here come without requirements; they are in `packed` (see planTransfer.ts). */
export interface ImportClient {
  analyse(
    file: File,
    options: Omit<AnalyseOptions, 'fileName'>,
    onProgress: (fraction: number) => void,
  ): Promise<{ analysis: Analysis; packed: PackedRequirements }>;
  remap(columnMapping: ColumnMapping, name: string): Promise<{ plan: ImportPlan; packed: PackedRequirements }>;
  dispose(): void;
}

export function createImportClient(): ImportClient {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (fraction: number) => void }
  >();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'progress') {
      waiting.onProgress?.(message.fraction);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new Error(message.message));
    else
      waiting.resolve(
        (message.type === 'analysed'
          ? { analysis: message.analysis, packed: message.packed }
          : { plan: message.plan, packed: message.packed }) as never,
      );
  };
  function send<T>(message: ToWorker, transfer: Transferable[], onProgress?: (fraction: number) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: never) => void, reject, onProgress });
      worker.postMessage(message, transfer);
    });
  }
  return {
    async analyse(file, options, onProgress) {
      const bytes = await file.arrayBuffer();
      return send<{ analysis: Analysis; packed: PackedRequirements }>(
        { type: 'analyse', id: nextId++, bytes, options: { ...options, fileName: file.name } },
        [bytes],
        onProgress,
      );
    },
    remap: (columnMapping, name) =>
      send<{ plan: ImportPlan; packed: PackedRequirements }>({ type: 'remap', id: nextId++, columnMapping, name }, []),
    dispose: () => worker.terminate(),
  };
}
