import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { parseFontsourceCss } from '../../../domain/roadmap/export/fontSubsets';
import { diskFonts } from './testing/diskFonts';
import { woffToSfnt } from './woff';

const FILES = 'node_modules/@fontsource/noto-sans-sc/files/';
const read = (file: string) => new Uint8Array(readFileSync(`${FILES}${file}`));

interface CmapFont {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
}

describe('woffToSfnt', () => {
  it('unwraps every shipped Noto Sans SC file to TrueType with the same characters and glyphs as its woff2', async () => {
    const subsets = parseFontsourceCss(diskFonts.css).filter((subset) => !subset.file.includes('chinese-simplified'));
    expect(subsets.length).toBeGreaterThan(90);
    for (const subset of subsets) {
      const sfnt = await woffToSfnt(read(subset.file.replace(/\.woff2$/, '.woff')));
      expect(new DataView(sfnt.buffer).getUint32(0), subset.file).toBe(0x00010000);
      // fontkit 2 reads more than its own types declare (see fontkit.d.ts).
      const font = create(sfnt) as unknown as CmapFont;
      const reference = create(read(subset.file)) as unknown as CmapFont;
      expect(font.characterSet.length, subset.file).toBeGreaterThan(0);
      expect(font.characterSet, subset.file).toEqual(reference.characterSet);
      for (const codePoint of reference.characterSet) {
        const glyph = font.glyphForCodePoint(codePoint);
        const expected = reference.glyphForCodePoint(codePoint);
        if (glyph.id !== expected.id || glyph.advanceWidth !== expected.advanceWidth) {
          expect({ file: subset.file, codePoint, id: glyph.id, advance: glyph.advanceWidth }).toEqual({
            file: subset.file,
            codePoint,
            id: expected.id,
            advance: expected.advanceWidth,
          });
        }
      }
    }
  }, 60_000);

  it('refuses bytes that are not WOFF 1, and a table directory that is cut off', async () => {
    await expect(woffToSfnt(read('noto-sans-sc-latin-400-normal.woff2'))).rejects.toThrow('not a WOFF 1 font');
    await expect(woffToSfnt(read('noto-sans-sc-latin-400-normal.woff').slice(0, 100))).rejects.toThrow('cut off');
  });
});
