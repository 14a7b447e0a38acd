// Import through the real dialog: file chosen → preview ready (Next enabled), Import → saved
// (the confirmation toast painted and the save status "saved"), and the longest main-thread task
// during each. Times are taken in the page (performance.now()), tasks from the probe's longtask observer.
/* global window, document, MutationObserver -- used inside page.evaluate callbacks, which run in the browser */
import { log, openSettings, symbolize, waitSaved } from './measure.mjs';

/** @typedef {import('playwright').Page} Page */

/** Opens Settings → Import and returns the dialog. @param {Page} page */
async function openImport(page) {
  await openSettings(page);
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Import from Trello, Jira or CSV…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.waitFor();
  return dialog;
}

/** Resolves in the page once `ready()` holds and the frame after it has been painted; returns that time. */
function armUntil(/** @type {Page} */ page, /** @type {string} */ name, /** @type {string} */ readyJs) {
  return page.evaluate(
    ({ name, readyJs }) => {
      const ready = /** @type {() => boolean} */ (new Function(`return (${readyJs})`)());
      const state = { start: null, end: null };
      window.__bench[name] = state;
      const onStart = (/** @type {Event} */ e) => {
        if (state.start === null) state.start = e.timeStamp > 0 ? e.timeStamp : performance.now();
      };
      document.addEventListener('change', onStart, true);
      document.addEventListener('click', onStart, true);
      const observer = new MutationObserver(() => {
        if (state.start === null || state.end !== null || !ready()) return;
        observer.disconnect();
        document.removeEventListener('change', onStart, true);
        document.removeEventListener('click', onStart, true);
        window.__bench.afterPaint((/** @type {number} */ t) => (state.end = t));
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    },
    { name, readyJs },
  );
}

/** The span `name` once it has ended, and the longest task inside it. @param {Page} page @param {string} name */
async function spanOf(page, name, timeout = 120_000) {
  const handle = await page.waitForFunction((n) => window.__bench[n]?.end ?? null, name, { timeout, polling: 50 });
  await handle.dispose();
  return page.evaluate((n) => {
    const { start, end } = window.__bench[n];
    // Tasks from before the span are the harness handing the file to the page (setInputFiles), not the app.
    const tasks = window.__bench.longtasks.filter((t) => t.start >= start - 1 && t.start < end);
    // Long animation frames over 100 ms, with the scripts that ran in them, to say what the long task was.
    const frames = window.__bench.loafs
      .filter((l) => l.start >= start - 1 && l.start < end && l.duration > 100)
      .map((l) => ({
        duration: l.duration,
        scripts: l.scripts
          .slice(0, 3)
          .map((x) => ({ invoker: x.invoker, url: x.url, char: x.char, duration: x.duration })),
      }));
    return { ms: end - start, longestTask: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length, frames };
  }, name);
}

/**
 * One import of `file` through the dialog into a new product (or the current one for a plain CSV).
 * @param {Page} page
 * @param {{ name: string, mimeType: string, buffer: Buffer }} file
 * @param {string} distDir the build, to name the functions in long frames
 */
export async function timeImport(page, file, distDir) {
  const dialog = await openImport(page);
  await armUntil(
    page,
    'importRead',
    `() => { const b = [...document.querySelectorAll('.import-dialog button')].find((x) => x.textContent === 'Next'); return !!b && !b.disabled; }`,
  );
  await dialog.getByLabel('File to import').setInputFiles(file);
  const read = await spanOf(page, 'importRead');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await armUntil(
    page,
    'importWrite',
    `() => /Imported [\\d,]+ requirements/.test(document.querySelector('[data-testid="toast"]')?.textContent ?? '') && !!document.querySelector('[data-testid="save-status"][data-state="saved"]')`,
  );
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const write = await spanOf(page, 'importWrite');
  const toast = (await page.getByTestId('toast').last().textContent()) ?? '';
  const count = Number((/Imported ([\d,]+)/.exec(toast)?.[1] ?? '').replaceAll(',', '')) || null;
  await waitSaved(page);
  log(
    `import ${file.name}: preview ready ${read.ms.toFixed(0)} ms (longest task ${read.longestTask.toFixed(0)} ms), saved ${write.ms.toFixed(0)} ms (longest task ${write.longestTask.toFixed(0)} ms), ${count} requirements`,
  );
  for (const [what, span] of /** @type {const} */ ([
    ['reading', read],
    ['writing', write],
  ])) {
    for (const f of span.frames) {
      log(
        `   long frame while ${what} ${f.duration.toFixed(0)} ms: ${f.scripts.map((x) => `${x.invoker} → ${symbolize(x.url, x.char, distDir)} ${x.duration.toFixed(0)} ms`).join(' | ')}`,
      );
    }
  }
  return { read: read.ms, write: write.ms, longestTask: Math.max(read.longestTask, write.longestTask), count };
}
