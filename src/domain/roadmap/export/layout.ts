// Where everything of the exported timeline goes, in abstract pixels. The SVG
// (and through it the PNG and the HTML page) and the PDF draw this same
// layout, so they agree with each other.
import type { ExportOptions, InitiativeStatus, RoadmapExportData } from '../types';
import { fill, type ExportLabels } from './labels';
import { addDays, daysBetween } from '../../dates';
import { periodsFor } from './periods';
import { isDated, percentText, progressShare, selectForExport } from './select';
import { estimateTextWidth, fitText } from './textWidth';
import { safeColor } from './theme';

export const PX_PER_DAY: Record<ExportOptions['zoom'], number> = { month: 4, quarter: 1.6, half: 0.9 };

const PAD = 24;
const LABEL_WIDTH = 180;
const TITLE_HEIGHT = 56;
const BAND = 22;
const ROW = 30;
// Tall enough that the progress strip at the bottom clears the label's descenders.
const BAR = 22;
const LANE_PAD = 8;
const FONT = 12;
const ITEM_GAP = 8;
const OUTSIDE_LABEL_MAX = 200;
const UNSCHEDULED_LINE = 20;

export interface ColumnBox {
  x: number;
  width: number;
  label: string;
}

export interface LaneBox {
  id: string;
  name: string;
  label: string;
  color: string;
  y: number;
  height: number;
}

export interface ItemBox {
  id: string;
  laneId: string;
  title: string;
  milestone: boolean;
  status: InitiativeStatus;
  statusLabel: string;
  color: string;
  textColor: string;
  /** Bar rectangle, or for a milestone the diamond's centre at x and its row at y. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  labelInside: boolean;
  labelX: number;
  progress: number | null;
  progressText: string;
  start: string;
  end: string;
  owner: string | null;
  /** The item runs on beyond the exported range on that side. */
  continuesBefore: boolean;
  continuesAfter: boolean;
  /** Horizontal extent including an outside label: what must not be split across PDF pages. */
  left: number;
  right: number;
}

export interface UnscheduledBox {
  y: number;
  height: number;
  heading: string;
  columns: {
    x: number;
    width: number;
    heading: string;
    items: { id: string; title: string; label: string; color: string; y: number }[];
  }[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  titleY: number;
  subtitleY: number;
  headerY: number;
  bodyY: number;
  bodyHeight: number;
  timelineX: number;
  timelineWidth: number;
  labelX: number;
  labelWidth: number;
  years: ColumnBox[];
  periods: ColumnBox[];
  lanes: LaneBox[];
  items: ItemBox[];
  today: { x: number; label: string } | null;
  unscheduled: UnscheduledBox | null;
  fontSize: number;
  band: number;
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function readableTextOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111827' : '#ffffff';
}

export function timelineLayout(data: RoadmapExportData, options: ExportOptions, labels: ExportLabels): TimelineLayout {
  const selection = selectForExport(data, options);
  const periods = periodsFor(options.from, options.to, options.zoom, labels);
  const rangeStart = periods[0]?.start ?? options.from;
  const rangeEnd = periods[periods.length - 1]?.end ?? addDays(options.to, 1);
  const perDay = PX_PER_DAY[options.zoom];
  const timelineX = PAD + LABEL_WIDTH;
  const timelineWidth = Math.max(daysBetween(rangeStart, rangeEnd), 1) * perDay;
  const xOf = (day: string) => timelineX + daysBetween(rangeStart, day) * perDay;

  const periodBoxes = periods.map((period) => ({
    x: xOf(period.start),
    width: daysBetween(period.start, period.end) * perDay,
    label: period.label,
  }));
  const years: ColumnBox[] = [];
  periods.forEach((period, index) => {
    const box = periodBoxes[index]!;
    const last = years[years.length - 1];
    if (last && last.label === String(period.year)) last.width += box.width;
    else years.push({ x: box.x, width: box.width, label: String(period.year) });
  });

  const headerY = PAD + TITLE_HEIGHT;
  const bodyY = headerY + 2 * BAND + 4;
  const lanes: LaneBox[] = [];
  const items: ItemBox[] = [];
  let y = bodyY;
  for (const lane of selection.lanes) {
    const rows: number[] = [];
    const laneItems: ItemBox[] = [];
    const dated = selection.initiatives
      .filter((item) => item.laneId === lane.id && isDated(item))
      .sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
    for (const initiative of dated) {
      const start = initiative.start!;
      const end = initiative.end!;
      const share = progressShare(initiative);
      const progressText = percentText(share);
      const color = safeColor(initiative.color);
      const textColor = readableTextOn(color);
      const base = {
        id: initiative.id,
        laneId: lane.id,
        title: initiative.title,
        milestone: initiative.milestone,
        status: initiative.status,
        statusLabel: labels.statuses[initiative.status],
        color,
        progress: share,
        progressText,
        start,
        end,
        owner: initiative.owner,
        continuesBefore: start < rangeStart,
        continuesAfter: addDays(end, 1) > rangeEnd,
      };
      let box: ItemBox;
      if (initiative.milestone) {
        const cx = xOf(start) + perDay / 2;
        const label = fitText(initiative.title, FONT, OUTSIDE_LABEL_MAX);
        box = {
          ...base,
          textColor,
          x: cx,
          y: 0,
          width: BAR,
          height: BAR,
          label,
          labelInside: false,
          labelX: cx + BAR / 2 + 4,
          left: cx - BAR / 2,
          right: cx + BAR / 2 + 4 + estimateTextWidth(label, FONT),
        };
      } else {
        const x0 = xOf(start < rangeStart ? rangeStart : start);
        const x1 = xOf(addDays(end, 1) > rangeEnd ? rangeEnd : addDays(end, 1));
        const width = Math.max(x1 - x0, 3);
        const full = progressText ? `${initiative.title} · ${progressText}` : initiative.title;
        const inside = fitText(full, FONT, width - 12);
        const labelInside = inside.length >= Math.min(full.length, 6);
        const label = labelInside ? inside : fitText(full, FONT, OUTSIDE_LABEL_MAX);
        box = {
          ...base,
          textColor,
          x: x0,
          y: 0,
          width,
          height: BAR,
          label,
          labelInside,
          labelX: labelInside ? x0 + 6 : x0 + width + 4,
          left: x0,
          right: labelInside ? x0 + width : x0 + width + 4 + estimateTextWidth(label, FONT),
        };
      }
      // Greedy interval packing: each item takes the first row it fits in.
      let row = rows.findIndex((rowEnd) => rowEnd + ITEM_GAP <= box.left);
      if (row === -1) {
        row = rows.length;
        rows.push(box.right);
      } else rows[row] = box.right;
      box.y = y + LANE_PAD + row * ROW + (initiative.milestone ? BAR / 2 : 0);
      laneItems.push(box);
    }
    const height = Math.max(rows.length, 1) * ROW + 2 * LANE_PAD - (ROW - BAR);
    lanes.push({
      id: lane.id,
      name: lane.name,
      label: fitText(lane.name, 13, LABEL_WIDTH - 20),
      color: safeColor(lane.color),
      y,
      height,
    });
    items.push(...laneItems);
    y += height;
  }
  const bodyHeight = y - bodyY;

  let unscheduled: UnscheduledBox | null = null;
  const undated = selection.initiatives.filter((item) => !isDated(item));
  let height = y + PAD + 10;
  if (undated.length > 0) {
    const top = y + 30;
    const totalWidth = timelineX + timelineWidth - PAD;
    const columnWidth = totalWidth / 3;
    const horizons = ['now', 'next', 'later'] as const;
    let maxItems = 0;
    const columns = horizons.map((horizon, index) => {
      const list = undated.filter((item) => item.horizon === horizon);
      maxItems = Math.max(maxItems, list.length);
      return {
        x: PAD + index * columnWidth,
        width: columnWidth,
        heading: labels.horizons[horizon],
        items: list.map((item, row) => ({
          id: item.id,
          title: item.title,
          label: fitText(item.title, FONT, columnWidth - 28),
          color: safeColor(item.color),
          y: top + 62 + row * UNSCHEDULED_LINE,
        })),
      };
    });
    const boxHeight = 50 + maxItems * UNSCHEDULED_LINE;
    unscheduled = { y: top, height: boxHeight, heading: labels.unscheduled, columns };
    height = top + boxHeight + PAD;
  }

  const today =
    data.today >= rangeStart && data.today < rangeEnd ? { x: xOf(data.today) + perDay / 2, label: labels.today } : null;

  return {
    width: Math.ceil(timelineX + timelineWidth + PAD),
    height: Math.ceil(height),
    title: fill(labels.title, { product: data.product.name }),
    subtitle: `${fill(labels.exportedOn, { date: data.today })} · ${fill(labels.range, { from: options.from, to: options.to })}`,
    titleY: PAD + 22,
    subtitleY: PAD + 44,
    headerY,
    bodyY,
    bodyHeight,
    timelineX,
    timelineWidth,
    labelX: PAD,
    labelWidth: LABEL_WIDTH,
    years,
    periods: periodBoxes,
    lanes,
    items,
    today,
    unscheduled,
    fontSize: FONT,
    band: BAND,
  };
}

/** Every string the layout draws, so the fonts for exactly these characters can be loaded. */
export function layoutText(layout: TimelineLayout): string {
  return [
    layout.title,
    layout.subtitle,
    '✓ …',
    ...layout.years.map((year) => year.label),
    ...layout.periods.map((period) => period.label),
    ...layout.lanes.map((lane) => lane.label),
    ...layout.items.map((item) => item.label),
    layout.today?.label ?? '',
    layout.unscheduled?.heading ?? '',
    ...(layout.unscheduled?.columns.flatMap((column) => [column.heading, ...column.items.map((item) => item.title)]) ??
      []),
  ].join(' ');
}
