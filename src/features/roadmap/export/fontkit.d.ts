// The part of upstream fontkit 2 that the PDF export uses (the package ships no types).
declare module 'fontkit' {
  export interface FontkitSubset {
    includeGlyph(glyph: number | { id: number }): number;
    encode(): Uint8Array;
  }
  export interface FontkitFont {
    createSubset(): FontkitSubset;
  }
  export function create(buffer: Uint8Array): FontkitFont;
}
