// Pixel arithmetic for render checks, shared by the Node renderers and the e2e
// test's pdf.js canvas.
export interface Raster {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA) bytes per pixel. */
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Pixels where two renders of the same page differ by more than `threshold` in
 * some colour channel: with and without text, the pixels the text drew.
 */
export function differingPixels(a: Raster, b: Raster, threshold = 64): number {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels)
    throw new Error('renders of different sizes');
  let count = 0;
  for (let i = 0; i < a.data.length; i += a.channels) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i + c]! - b.data[i + c]!) > threshold) {
        count += 1;
        break;
      }
    }
  }
  return count;
}
