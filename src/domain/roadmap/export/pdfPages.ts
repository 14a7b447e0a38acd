// How a wide timeline is split across PDF pages without cutting a bar. Page
// breaks fall only on period boundaries that no bar (or its outside label)
// crosses; the whole picture is scaled down just enough that the widest run of
// unbreakable periods, and the tallest lane, fit one page. Lane labels and the
// period header repeat on every page. Lanes that do not fit one page's height
// continue on further pages for the same time slice.
import type { ItemBox, LaneBox, TimelineLayout } from './layout';

export interface PdfPageBox {
  /** The horizontal slice of the timeline, in layout pixels. */
  x0: number;
  x1: number;
  lanes: LaneBox[];
  items: ItemBox[];
}

export interface PdfPagination {
  /** Points per layout pixel. */
  scale: number;
  pages: PdfPageBox[];
}

/** At 96 px per inch, a layout pixel is 0.75 pt: the picture's natural size on paper. */
const NATURAL_SCALE = 0.75;

export function freeBreaks(layout: TimelineLayout): number[] {
  const start = Math.min(layout.timelineX, ...layout.items.map((item) => item.left));
  const end = Math.max(layout.timelineX + layout.timelineWidth, ...layout.items.map((item) => item.right));
  const candidates = [start, ...layout.periods.slice(1).map((period) => period.x), end];
  return candidates.filter(
    (x, index) =>
      index === 0 || index === candidates.length - 1 || !layout.items.some((item) => item.left < x && x < item.right),
  );
}

export function paginateTimeline(layout: TimelineLayout, pageWidth: number, pageHeight: number): PdfPagination {
  const breaks = freeBreaks(layout);
  let widestChunk = 0;
  for (let i = 1; i < breaks.length; i++) widestChunk = Math.max(widestChunk, breaks[i]! - breaks[i - 1]!);
  const header = 2 * layout.band + 4;
  const tallestLane = Math.max(0, ...layout.lanes.map((lane) => lane.height));
  const scale = Math.min(
    NATURAL_SCALE,
    pageWidth / (layout.labelWidth + widestChunk),
    pageHeight / (header + Math.max(tallestLane, 1)),
  );
  const sliceWidth = pageWidth / scale - layout.labelWidth;
  const bandHeight = pageHeight / scale - header;

  const slices: [number, number][] = [];
  let sliceStart = breaks[0]!;
  let last = sliceStart;
  for (const x of breaks.slice(1)) {
    // A tolerance of a thousandth of a pixel absorbs floating-point noise.
    if (x - sliceStart > sliceWidth + 1e-3) {
      slices.push([sliceStart, last]);
      sliceStart = last;
    }
    last = x;
  }
  slices.push([sliceStart, last]);

  const bands: LaneBox[][] = [];
  let band: LaneBox[] = [];
  let used = 0;
  for (const lane of layout.lanes) {
    if (band.length > 0 && used + lane.height > bandHeight + 1e-3) {
      bands.push(band);
      band = [];
      used = 0;
    }
    band.push(lane);
    used += lane.height;
  }
  bands.push(band);

  const pages: PdfPageBox[] = [];
  for (const [x0, x1] of slices) {
    for (const lanes of bands) {
      const laneIds = new Set(lanes.map((lane) => lane.id));
      const items = layout.items.filter(
        (item) => laneIds.has(item.laneId) && item.left >= x0 - 1e-3 && item.right <= x1 + 1e-3,
      );
      pages.push({ x0, x1, lanes, items });
    }
  }
  return { scale, pages };
}
