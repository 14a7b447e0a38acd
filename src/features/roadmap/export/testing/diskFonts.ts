// The shipped font files read from disk, for exporter tests in Node (no fetch).
import { readFileSync } from 'node:fs';
import type { FontSource } from '../fonts';

export const diskFonts: FontSource = {
  css: readFileSync('node_modules/@fontsource/noto-sans-sc/400.css', 'utf8'),
  // Vite's dev URLs: /@fs/<absolute path> outside the root, /<path> inside it.
  read: async (url: string) => {
    const path = decodeURIComponent(new URL(url, 'file:///').pathname);
    return new Uint8Array(readFileSync(path.startsWith('/@fs/') ? path.slice(4) : `.${path}`));
  },
};
