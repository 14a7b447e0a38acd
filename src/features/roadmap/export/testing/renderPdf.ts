// Renders page 1 of a PDF with the renderers Linux viewers and print pipelines
// use (poppler's pdftoppm, Ghostscript), for tests that check what a reader sees.
// Node only. CI installs both (.ci/run); where neither exists the tests say so and skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Raster } from './pixels';

export interface PdfRenderer {
  name: 'poppler' | 'ghostscript';
  /** Page 1 at `dpi`, as RGB pixels. */
  render(pdf: Uint8Array, dpi: number): Raster;
}

/** Reads a binary PPM (P6, 8 bits), which both renderers write (Ghostscript with a comment line). */
export function readPpm(bytes: Uint8Array): Raster {
  const header = /^P6\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+255\s/.exec(
    new TextDecoder('latin1').decode(bytes.subarray(0, 200)),
  );
  if (!header) throw new Error('not a binary 8-bit PPM');
  const [text, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), channels: 3, data: bytes.subarray(text.length) };
}

function runRenderer(command: string, args: (input: string, output: string) => string[], pdf: Uint8Array): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'page.ppm');
    writeFileSync(input, pdf);
    const result = spawnSync(command, args(input, output), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error?.message}`);
    return readPpm(new Uint8Array(readFileSync(output)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RENDERERS: { command: string; renderer: PdfRenderer }[] = [
  {
    command: 'pdftoppm',
    renderer: {
      name: 'poppler',
      render: (pdf, dpi) =>
        runRenderer(
          'pdftoppm',
          (input, output) => [
            '-r',
            String(dpi),
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            input,
            output.replace(/\.ppm$/, ''),
          ],
          pdf,
        ),
    },
  },
  {
    command: 'gs',
    renderer: {
      name: 'ghostscript',
      render: (pdf, dpi) =>
        runRenderer(
          'gs',
          (input, output) => [
            '-q',
            '-dSAFER',
            '-dBATCH',
            '-dNOPAUSE',
            '-sDEVICE=ppmraw',
            `-r${dpi}`,
            '-dFirstPage=1',
            '-dLastPage=1',
            `-sOutputFile=${output}`,
            input,
          ],
          pdf,
        ),
    },
  },
];

function installed(command: string): boolean {
  return !spawnSync(command, ['--version'], { encoding: 'utf8' }).error;
}

/** The renderers present on this machine. */
export function pdfRenderers(): PdfRenderer[] {
  return RENDERERS.filter(({ command }) => installed(command)).map(({ renderer }) => renderer);
}
