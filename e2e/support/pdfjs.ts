// Renders page 1 of a PDF with pdf.js (the renderer in Firefox and many web
// viewers) in the test's own Chromium. pdf.js is served from node_modules on a
// made-up origin that Playwright answers itself, so nothing touches the network
// and the app's service worker never sees these requests.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { Raster } from '../../src/features/roadmap/export/testing/pixels';

const ORIGIN = 'http://pdfjs.cairn.test';
const PDFJS = 'node_modules/pdfjs-dist/build';

/** What the page script uses of pdf.js. */
interface PdfJs {
  GlobalWorkerOptions: { workerSrc: string };
  getDocument(options: { data: Uint8Array; isEvalSupported: boolean }): {
    promise: Promise<{ getPage(n: number): Promise<PdfJsPage> }>;
  };
}
interface PdfJsPage {
  getViewport(options: { scale: number }): { width: number; height: number };
  render(options: { canvasContext: CanvasRenderingContext2D; viewport: unknown }): { promise: Promise<void> };
}

export interface PdfJsRender {
  raster: Raster;
  /** pdf.js's warnings and errors while it read the file, e.g. about a broken embedded font. */
  warnings: string[];
}

/** Page 1 of `pdf` at `dpi`, rendered by pdf.js in a fresh tab. */
export async function renderWithPdfJs(context: BrowserContext, pdf: Uint8Array, dpi: number): Promise<PdfJsRender> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pdf.js</title>' });
    if (path === '/pdf.mjs' || path === '/pdf.worker.mjs') {
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(`${PDFJS}${path.replace('.mjs', '.min.mjs')}`),
      });
    }
    return route.fulfill({ status: 404 });
  });
  const tab = await context.newPage();
  const warnings: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  try {
    await tab.goto(`${ORIGIN}/`);
    const { width, height, rgba } = await tab.evaluate(
      async ({ base64, scale }) => {
        const moduleUrl = '/pdf.mjs';
        const pdfjs = (await import(moduleUrl)) as PdfJs;
        pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
        const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
        const page = await doc.getPage(1);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        const context = canvas.getContext('2d')!;
        await page.render({ canvasContext: context, viewport }).promise;
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let binary = '';
        for (let i = 0; i < pixels.length; i += 0x8000)
          binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
        return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
      },
      { base64: Buffer.from(pdf).toString('base64'), scale: dpi / 72 },
    );
    return { raster: { width, height, channels: 4, data: new Uint8Array(Buffer.from(rgba, 'base64')) }, warnings };
  } finally {
    await tab.close();
  }
}
