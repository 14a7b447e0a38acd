// The shipped CJK font (Noto Sans SC from @fontsource, split by unicode-range),
// loaded from the app's own origin only when an export needs it. Nothing here
// is fetched at start-up: this module itself is imported lazily.
import fontsourceCss from '@fontsource/noto-sans-sc/400.css?raw';
import { bytesToBase64 } from './encoding';
import {
  fontFaceCss,
  parseFontsourceCss,
  subsetsFor,
  type FontSubset,
} from '../../../domain/roadmap/export/fontSubsets';

export const EXPORT_FONT_NAME = 'Noto Sans SC';

// Vite emits each font file as an asset and gives its URL; the bytes load on demand.
// SVG, HTML and PNG use the woff2 files (smallest, and browsers read them). The PDF
// uses the same faces as WOFF 1: fontkit subsets a font by copying its `glyf`
// records, and in WOFF2 those are stored transformed, so a subset cut from a woff2
// has no usable outlines (readers drew no text). WOFF 1 tables are only deflated.
const fontUrls = import.meta.glob(
  ['/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.{woff,woff2}', '!**/*chinese-simplified*'],
  { eager: true, query: '?url', import: 'default' },
) as Record<string, string>;

const urlByFile = new Map(Object.entries(fontUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

export type FontFormat = 'woff2' | 'woff';

/** The subset's file in `format` (the CSS names the woff2; the woff sits beside it). */
function fileIn(subset: FontSubset, format: FontFormat): string {
  return format === 'woff2' ? subset.file : subset.file.replace(/\.woff2$/, '.woff');
}

export type ReadFont = (url: string) => Promise<Uint8Array>;

/** Where the font's ranges and bytes come from: the bundled CSS and fetch in the app, the disk in unit tests. */
export interface FontSource {
  css: string;
  read: ReadFont;
}

const parsed = new Map<string, FontSubset[]>();
function allSubsets(css: string): FontSubset[] {
  let subsets = parsed.get(css);
  if (!subsets) {
    subsets = parseFontsourceCss(css).filter(
      (subset) => urlByFile.has(fileIn(subset, 'woff2')) && urlByFile.has(fileIn(subset, 'woff')),
    );
    parsed.set(css, subsets);
  }
  return subsets;
}

const fetchFont: ReadFont = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

const appFonts: FontSource = { css: fontsourceCss, read: fetchFont };

const cache = new Map<string, Promise<Uint8Array>>();

export interface LoadedSubset {
  subset: FontSubset;
  bytes: Uint8Array;
}

/** The font files that cover `text`, as bytes. */
export async function loadFontSubsets(
  text: string,
  source: FontSource = appFonts,
  format: FontFormat = 'woff2',
): Promise<LoadedSubset[]> {
  const chosen = subsetsFor(text, allSubsets(source.css));
  return Promise.all(
    chosen.map(async (subset) => {
      const url = urlByFile.get(fileIn(subset, format))!;
      let bytes = cache.get(url);
      if (!bytes) {
        bytes = source.read(url);
        cache.set(url, bytes);
        bytes.catch(() => cache.delete(url));
      }
      return { subset, bytes: await bytes };
    }),
  );
}

/** @font-face rules with data: URLs for exactly the characters of `text`. */
export async function embeddedFontCss(text: string, source?: FontSource): Promise<string> {
  const loaded = await loadFontSubsets(text, source);
  return fontFaceCss(
    EXPORT_FONT_NAME,
    loaded.map(({ subset, bytes }) => ({ subset, base64: bytesToBase64(bytes) })),
  );
}
