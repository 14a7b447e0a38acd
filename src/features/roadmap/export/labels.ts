import '../../../i18n/exportMessages';
// The words inside exported files, in the export's language (which may differ
// from the UI language), taken from the message catalogue.
import type { ExportLabels } from '../../../domain/roadmap/export/labels';
import { formatMonthName } from '../../../i18n/formatTime';
import { translate, type Locale } from '../../../i18n/translate';

export function exportLabels(locale: Locale): ExportLabels {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    title: t('roadmap.export.file.title'),
    exportedOn: t('roadmap.export.file.exportedOn'),
    range: t('roadmap.export.file.range'),
    lane: t('roadmap.export.file.lane'),
    initiative: t('roadmap.export.file.initiative'),
    requirement: t('roadmap.export.file.requirement'),
    kind: t('roadmap.export.file.kind'),
    status: t('roadmap.export.file.status'),
    start: t('roadmap.export.file.start'),
    end: t('roadmap.export.file.end'),
    when: t('roadmap.export.file.when'),
    horizon: t('roadmap.export.file.horizon'),
    milestone: t('roadmap.export.file.milestone'),
    progress: t('roadmap.export.file.progress'),
    owner: t('roadmap.export.file.owner'),
    stage: t('roadmap.export.file.stage'),
    priority: t('roadmap.export.file.priority'),
    estimate: t('roadmap.export.file.estimate'),
    done: t('roadmap.export.file.done'),
    description: t('roadmap.export.file.description'),
    requirements: t('roadmap.export.file.requirements'),
    yes: t('roadmap.export.file.yes'),
    no: t('roadmap.export.file.no'),
    today: t('roadmap.export.file.today'),
    unscheduled: t('roadmap.export.file.unscheduled'),
    quarter: t('roadmap.export.file.quarter'),
    half: t('roadmap.export.file.half'),
    months: Array.from({ length: 12 }, (_, i) => formatMonthName(`2000-${String(i + 1).padStart(2, '0')}-01`, locale)),
    eventStart: t('roadmap.export.file.eventStart'),
    eventEnd: t('roadmap.export.file.eventEnd'),
    statuses: {
      planned: t('roadmap.export.status.planned'),
      'in-progress': t('roadmap.export.status.inProgress'),
      'at-risk': t('roadmap.export.status.atRisk'),
      done: t('roadmap.export.status.done'),
      cancelled: t('roadmap.export.status.cancelled'),
    },
    horizons: {
      now: t('roadmap.export.horizon.now'),
      next: t('roadmap.export.horizon.next'),
      later: t('roadmap.export.horizon.later'),
    },
    html: {
      zoomIn: t('roadmap.export.html.zoomIn'),
      zoomOut: t('roadmap.export.html.zoomOut'),
      zoomLevel: t('roadmap.export.html.zoomLevel'),
      month: t('roadmap.export.html.months'),
      quarterZoom: t('roadmap.export.html.quarters'),
      halfZoom: t('roadmap.export.html.halves'),
      timeline: t('roadmap.export.html.timeline'),
      list: t('roadmap.export.html.list'),
      details: t('roadmap.export.html.details'),
      close: t('roadmap.export.html.close'),
      hint: t('roadmap.export.html.hint'),
    },
  };
}
