// pdf-lib's font engine: upstream fontkit 2 instead of @pdf-lib/fontkit 1.1.1.
// That fork predates fontkit's subsetting fixes: its TrueType subsets get a
// short `loca` with odd glyph offsets halved, so glyphs after the first
// odd-length one read garbage, and its CFF subsets are rejected outright (pdf-lib
// issue 1232). pdf-lib takes any object with fontkit's `create`; the one gap is
// that it reads a subset through fontkit 1's `encodeStream()` events, while
// fontkit 2 subsets return their bytes from `encode()`.
import { create, type FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type StreamEvent = 'data' | 'end' | 'error';
type Listener = (value?: unknown) => void;

function withEncodeStream(subset: FontkitSubset) {
  return Object.assign(subset, {
    encodeStream() {
      const listeners: Record<StreamEvent, Listener[]> = { data: [], end: [], error: [] };
      // pdf-lib attaches its listeners right after this call returns, so emit after that.
      queueMicrotask(() => {
        let bytes: Uint8Array;
        try {
          bytes = subset.encode();
        } catch (error) {
          listeners.error.forEach((listener) => listener(error));
          return;
        }
        listeners.data.forEach((listener) => listener(bytes));
        listeners.end.forEach((listener) => listener());
      });
      const stream = {
        on(event: StreamEvent, listener: Listener) {
          listeners[event].push(listener);
          return stream;
        },
      };
      return stream;
    },
  });
}

export const pdfFontkit: PdfLibFontkit = {
  create(bytes: Uint8Array) {
    const font = create(bytes);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => withEncodeStream(createSubset());
    // fontkit 2's Font has every member pdf-lib reads (layout, glyphs, metrics); its
    // type declarations describe fontkit 1, which no longer matches member for member.
    return font as unknown as ReturnType<PdfLibFontkit['create']>;
  },
};
