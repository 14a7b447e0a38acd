import '../../../i18n/exportMessages';
import { useEffect, useId, useMemo, useReducer, type FormEvent } from 'react';
import { dayOf } from '../../../domain/dates';
import { defaultExportRange } from '../../../domain/roadmap/export/periods';
import { EXPORT_FORMATS, type ExportFormat, type RoadmapExportData } from '../../../domain/roadmap/types';
import type { MessageKey } from '../../../i18n/translate';
import { Dialog } from '../../../ui/Dialog';
import { useLocale, useT } from '../../../ui/useT';
import { downloadBlob } from '../../../ui/download';
import {
  exportBlockers,
  exportDialogReducer,
  exportOptions,
  initialExportState,
  type ExportChoices,
  type ExportDialogAction,
  type ExportStatus,
} from './exportDialogState';
import { exportFileName } from './fileName';
import { loadRoadmapExportData, type LoadExportData } from './loadExportData';
import { RadioRow } from './RadioRow';
import { runExport, type ExportStep } from './runExport';
import './exportDialog.css';

export interface ExportDialogProps {
  productId: string;
  productName: string;
  onClose: () => void;
  /** Injected for tests and until the roadmap data layer is wired in. */
  loadData?: LoadExportData;
}

const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  png: 'roadmap.export.format.png',
  svg: 'roadmap.export.format.svg',
  pdf: 'roadmap.export.format.pdf',
  xlsx: 'roadmap.export.format.xlsx',
  csv: 'roadmap.export.format.csv',
  md: 'roadmap.export.format.md',
  ics: 'roadmap.export.format.ics',
  json: 'roadmap.export.format.json',
  html: 'roadmap.export.format.html',
};
const PICTURES: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'html'];

const STEP_LABELS: Record<ExportStep | 'loading', MessageKey> = {
  loading: 'roadmap.export.progress.loading',
  fonts: 'roadmap.export.progress.fonts',
  building: 'roadmap.export.progress.building',
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The roadmap's Export dialog: choose what and how, then build and save the file with progress shown. */
export function ExportDialog({ productId, productName, onClose, loadData = loadRoadmapExportData }: ExportDialogProps) {
  const t = useT();
  const locale = useLocale();
  const formId = useId();
  const today = dayOf(new Date());
  const range = useMemo(() => defaultExportRange(today), [today]);
  const [state, dispatch] = useReducer(exportDialogReducer, range, initialExportState);
  const { choices, lanes, laneIds, status } = state;
  const { format, from, to, includeRequirements, theme, paper, zoom, grouping } = choices;
  // TypeScript cannot tie a generic field to its value inside the union; the signature keeps callers exact.
  const choose =
    <K extends keyof ExportChoices>(field: K) =>
    (value: ExportChoices[K]) =>
      dispatch({ type: 'choose', field, value } as ExportDialogAction);

  useEffect(() => {
    let live = true;
    loadData(productId).then(
      (data) => live && dispatch({ type: 'lanesLoaded', lanes: data.lanes }),
      (error: unknown) => live && dispatch({ type: 'status', status: { kind: 'error', message: messageOf(error) } }),
    );
    return () => {
      live = false;
    };
  }, [loadData, productId]);

  const { busy, rangeInvalid, noLanes } = exportBlockers(state);
  const setStatus = (next: ExportStatus) => dispatch({ type: 'status', status: next });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy || rangeInvalid || noLanes || lanes === null) return;
    setStatus({ kind: 'working', step: 'loading' });
    try {
      const loaded = await loadData(productId);
      const now = new Date();
      // The file's date and the today line are the moment of export, not of loading.
      const data: RoadmapExportData = { ...loaded, generatedAt: now.toISOString(), today: dayOf(now) };
      const result = await runExport(data, exportOptions(state, locale), {
        markdownGrouping: grouping,
        onProgress: (step) => setStatus({ kind: 'working', step }),
      });
      downloadBlob(result.blob, result.fileName);
      setStatus({ kind: 'done', fileName: result.fileName });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  }

  return (
    <Dialog
      open
      title={t('roadmap.export.dialog.title')}
      onClose={onClose}
      className="export-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {status.kind === 'done' ? t('roadmap.export.dialog.close') : t('roadmap.export.dialog.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button button--primary"
            disabled={busy || rangeInvalid || noLanes}
          >
            {t('roadmap.export.dialog.export')}
          </button>
        </>
      }
    >
      <form id={formId} className="export-form" onSubmit={onSubmit} aria-busy={busy}>
        <fieldset className="export-group">
          <legend className="export-group__legend">{t('roadmap.export.dialog.format')}</legend>
          <div className="export-formats">
            {EXPORT_FORMATS.map((value) => (
              <label key={value} className="export-choice">
                <input
                  type="radio"
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => choose('format')(value)}
                />
                {t(FORMAT_LABELS[value])}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="export-group">
          <legend className="export-group__legend">{t('roadmap.export.dialog.range')}</legend>
          <div className="export-row">
            <label className="export-field">
              {t('roadmap.export.dialog.from')}
              <input
                type="date"
                value={from}
                max={to || undefined}
                required
                onChange={(event) => choose('from')(event.target.value)}
              />
            </label>
            <label className="export-field">
              {t('roadmap.export.dialog.to')}
              <input
                type="date"
                value={to}
                min={from || undefined}
                required
                onChange={(event) => choose('to')(event.target.value)}
              />
            </label>
          </div>
          {rangeInvalid && (
            <p className="export-error" role="alert">
              {t('roadmap.export.error.range')}
            </p>
          )}
        </fieldset>

        <fieldset className="export-group">
          <legend className="export-group__legend">{t('roadmap.export.dialog.lanes')}</legend>
          {lanes !== null && lanes.length === 0 && <p className="export-hint">{t('roadmap.export.dialog.noLanes')}</p>}
          <div className="export-lanes">
            {lanes?.map((lane) => (
              <label key={lane.id} className="export-choice">
                <input
                  type="checkbox"
                  checked={laneIds.has(lane.id)}
                  onChange={(event) => dispatch({ type: 'toggleLane', id: lane.id, checked: event.target.checked })}
                />
                <span className="export-swatch" style={{ background: lane.color }} aria-hidden="true" />
                {lane.name}
              </label>
            ))}
          </div>
          {noLanes && (lanes?.length ?? 0) > 0 && (
            <p className="export-error" role="alert">
              {t('roadmap.export.error.noLanes')}
            </p>
          )}
        </fieldset>

        <fieldset className="export-group">
          <legend className="export-group__legend">{t('roadmap.export.dialog.options')}</legend>
          <label className="export-choice">
            <input
              type="checkbox"
              checked={includeRequirements}
              onChange={(event) => choose('includeRequirements')(event.target.checked)}
            />
            {t('roadmap.export.dialog.includeRequirements')}
          </label>
          {PICTURES.includes(format) && (
            <>
              <RadioRow
                legend={t('roadmap.export.dialog.theme')}
                name="theme"
                value={theme}
                onChange={choose('theme')}
                choices={[
                  ['light', t('roadmap.export.dialog.light')],
                  ['dark', t('roadmap.export.dialog.dark')],
                ]}
              />
              <RadioRow
                legend={t('roadmap.export.dialog.zoom')}
                name="zoom"
                value={zoom}
                onChange={choose('zoom')}
                choices={[
                  ['month', t('roadmap.export.dialog.zoomMonth')],
                  ['quarter', t('roadmap.export.dialog.zoomQuarter')],
                  ['half', t('roadmap.export.dialog.zoomHalf')],
                ]}
              />
            </>
          )}
          {format === 'pdf' && (
            <RadioRow
              legend={t('roadmap.export.dialog.paper')}
              name="paper"
              value={paper}
              onChange={choose('paper')}
              choices={[
                ['a4', t('roadmap.export.dialog.a4')],
                ['a3', t('roadmap.export.dialog.a3')],
              ]}
            />
          )}
          {format === 'md' && (
            <RadioRow
              legend={t('roadmap.export.dialog.groupBy')}
              name="grouping"
              value={grouping}
              onChange={choose('grouping')}
              choices={[
                ['lane', t('roadmap.export.dialog.groupLane')],
                ['horizon', t('roadmap.export.dialog.groupHorizon')],
              ]}
            />
          )}
        </fieldset>

        <p className="export-hint">
          {t('roadmap.export.dialog.fileName', { name: exportFileName(productName, today, format) })}
        </p>

        <div className="export-status" role="status">
          {(status.kind === 'loading' || status.kind === 'working') && (
            <>
              <progress aria-label={t(STEP_LABELS[status.kind === 'loading' ? 'loading' : status.step])} />
              <span>{t(STEP_LABELS[status.kind === 'loading' ? 'loading' : status.step])}</span>
            </>
          )}
          {status.kind === 'done' && <span>{t('roadmap.export.progress.done', { name: status.fileName })}</span>}
        </div>
        {status.kind === 'error' && (
          <p className="export-error" role="alert">
            {t('roadmap.export.error.failed', { message: status.message })}
          </p>
        )}
      </form>
    </Dialog>
  );
}
