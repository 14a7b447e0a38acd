// Which pieces of the shipped CJK font an export needs. @fontsource splits
// Noto Sans SC into ~100 files by unicode-range; an export embeds only the
// files that cover characters it actually uses, so a Chinese roadmap carries a
// few hundred kilobytes of font instead of megabytes.

export interface FontSubset {
  /** The woff2 file name, e.g. noto-sans-sc-97-400-normal.woff2 */
  file: string;
  /** The CSS unicode-range as written, and parsed into inclusive ranges. */
  unicodeRange: string;
  ranges: [number, number][];
}

export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-fA-F?]+)(?:-([0-9a-fA-F]+))?\s*$/.exec(part);
    if (!match) return [];
    const [, first, last] = match as unknown as [string, string, string | undefined];
    if (first.includes('?')) {
      return [[parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'f'), 16)] as [number, number]];
    }
    const start = parseInt(first, 16);
    return [[start, last ? parseInt(last, 16) : start] as [number, number]];
  });
}

/** Reads the @font-face rules of a @fontsource CSS file (one weight). */
export function parseFontsourceCss(css: string): FontSubset[] {
  const subsets: FontSubset[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1]!;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
    if (!file || !unicodeRange) continue;
    subsets.push({ file, unicodeRange, ranges: parseUnicodeRange(unicodeRange) });
  }
  return subsets;
}

export function covers(subset: FontSubset, codePoint: number): boolean {
  return subset.ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/**
 * The subsets a browser would use for `text`, in declaration order. Ranges
 * overlap (ASCII is in several files); where they do, the browser takes the
 * last-declared face (CSS Fonts 4, unicode-range), so we choose the same one.
 */
export function subsetsFor(text: string, subsets: readonly FontSubset[]): FontSubset[] {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  const chosen = new Set<FontSubset>();
  for (const codePoint of codePoints) {
    for (let i = subsets.length - 1; i >= 0; i--) {
      if (covers(subsets[i]!, codePoint)) {
        chosen.add(subsets[i]!);
        break;
      }
    }
  }
  return subsets.filter((subset) => chosen.has(subset));
}

/** The text a reader sees in SVG or HTML markup: tags removed, common entities decoded. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** @font-face rules with the font bytes inline, for SVG and HTML files that must not fetch anything. */
export function fontFaceCss(family: string, faces: readonly { subset: FontSubset; base64: string }[]): string {
  return faces
    .map(
      ({ subset, base64 }) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${subset.unicodeRange};}`,
    )
    .join('\n');
}
