// Parses import files off the main thread: a 10,000-row file must not freeze the page.
import { analyse } from '../../domain/import/analyse';
import { buildGenericPlan } from '../../domain/import/generic';
import type { Table } from '../../domain/import/table';
import { packPlan } from './planTransfer';
import type { FromWorker, ToWorker } from './protocol';

let table: Table | null = null;

function post(message: FromWorker): void {
  // The packed requirements move to the page without a copy.
  self.postMessage(message, { transfer: 'packed' in message ? [message.packed.bytes] : [] });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'analyse') {
      const result = analyse(new Uint8Array(message.bytes), message.options, (fraction) =>
        post({ type: 'progress', id: message.id, fraction }),
      );
      table = result.table;
      const { plan, packed } = packPlan(result.analysis.plan);
      post({ type: 'analysed', id: message.id, analysis: { ...result.analysis, plan }, packed });
    } else {
      if (!table) throw new Error('No CSV file has been read');
      post({
        type: 'remapped',
        id: message.id,
        ...packPlan(buildGenericPlan(table, message.columnMapping, message.name)),
      });
    }
  } catch (error) {
    post({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
