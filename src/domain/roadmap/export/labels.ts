// The words that appear inside exported files. The domain cannot import i18n,
// so the feature layer builds this from the message catalogue and passes it in.
import type { Horizon, InitiativeStatus } from '../types';

export interface ExportLabels {
  /** '{product} roadmap' */
  title: string;
  /** 'Exported {date}' */
  exportedOn: string;
  /** '{from} to {to}' */
  range: string;
  lane: string;
  initiative: string;
  requirement: string;
  kind: string;
  status: string;
  start: string;
  end: string;
  when: string;
  horizon: string;
  milestone: string;
  progress: string;
  owner: string;
  stage: string;
  priority: string;
  estimate: string;
  done: string;
  description: string;
  requirements: string;
  yes: string;
  no: string;
  today: string;
  unscheduled: string;
  /** 'Q{quarter}' style templates for column headers (the year is shown above them; {year} is available). */
  quarter: string;
  half: string;
  /** Short month names, January first, for month columns (built by src/i18n/format in the export's language). */
  months: readonly string[];
  /** ICS event summaries: 'Start: {title}', 'End: {title}'. */
  eventStart: string;
  eventEnd: string;
  statuses: Record<InitiativeStatus, string>;
  horizons: Record<Horizon, string>;
  /** The self-contained HTML page's controls. */
  html: {
    zoomIn: string;
    zoomOut: string;
    zoomLevel: string;
    month: string;
    quarterZoom: string;
    halfZoom: string;
    timeline: string;
    list: string;
    details: string;
    close: string;
    hint: string;
  };
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
