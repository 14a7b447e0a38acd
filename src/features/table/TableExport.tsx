import { useState } from 'react';
import { dayOf } from '../../domain/dates';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { downloadBlob } from '../../ui/download';
import { useT } from '../../ui/useT';
import type { TableExportFormat, TableView } from './exportView';

/** CSV and XLSX of the table as shown; `view` is read at the click, so the file has what is on screen then. */
export function TableExport({ view }: { view: () => TableView }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (format: TableExportFormat) => {
    setBusy(true);
    try {
      // The exporter (and exceljs for XLSX) loads on the first export, never with the table.
      const { exportTableView } = await import('./exportView');
      const { blob, fileName } = await exportTableView(view(), format, t, dayOf(new Date()));
      downloadBlob(blob, fileName);
      showToast({ tone: 'info', message: t('table.export.done', { file: fileName }) });
    } catch (error) {
      showToast({ tone: 'error', message: t('table.export.failed', { message: describeError(error, t) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="group" className="table__export" aria-label={t('table.export.label')}>
      <button type="button" className="button" disabled={busy} onClick={() => void run('csv')}>
        {t('table.export.csv')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run('xlsx')}>
        {t('table.export.xlsx')}
      </button>
    </div>
  );
}
