// The shipped CJK font (Noto Sans SC from @fontsource), registered for a chart
// PNG so its text draws the same on machines without CJK fonts. Only the
// subsets covering the chart's text are fetched, from the app's own origin.
import fontsourceCss from '@fontsource/noto-sans-sc/400.css?raw';
import { parseFontsourceCss, subsetsFor } from '../../domain/roadmap/export/fontSubsets';

export const CHART_FONT = 'Cairn Chart Sans';

const fontUrls = import.meta.glob(
  ['/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2', '!**/*chinese-simplified*'],
  { eager: true, query: '?url', import: 'default' },
) as Record<string, string>;
const urlByFile = new Map(Object.entries(fontUrls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
const subsets = parseFontsourceCss(fontsourceCss).filter((s) => urlByFile.has(s.file));
const registered = new Map<string, Promise<void>>();

/** Registers (once) and loads the font faces `text` needs. */
export async function loadChartFonts(text: string): Promise<void> {
  await Promise.all(
    subsetsFor(text, subsets).map((subset) => {
      let done = registered.get(subset.file);
      if (!done) {
        const face = new FontFace(CHART_FONT, `url(${urlByFile.get(subset.file)!})`, {
          unicodeRange: subset.unicodeRange,
          weight: '400',
        });
        done = face.load().then((loaded) => void document.fonts.add(loaded));
        done.catch(() => registered.delete(subset.file));
        registered.set(subset.file, done);
      }
      return done;
    }),
  );
}
