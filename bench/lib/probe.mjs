// In-page instrumentation, installed with page.addInitScript before any app script runs.
// Everything here runs in the browser: no imports, no closures over Node values.
//
// "Painted" means: the DOM change was seen (MutationObserver), then the next
// animation frame ran (rAF, before style/layout/paint), then the first task
// after that frame (MessageChannel) — i.e. the frame that shows the change has
// been produced. Times are performance.now(), relative to navigation start.
/* global window, document, location, CSS, MutationObserver, requestAnimationFrame -- used inside page.evaluate / addInitScript callbacks, which run in the browser */

/** @typedef {{ start: number, duration: number }} Span */

export function probe() {
  /** Calls `cb(time)` once the frame after now has been rendered. */
  function afterPaint(cb) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(null);
    });
  }

  /** An input event's timestamp when plausible (same clock, not in the future), else now. */
  function eventTime(event) {
    const now = performance.now();
    const ts = event.timeStamp;
    return ts > 0 && ts <= now && now - ts < 1000 ? ts : now;
  }

  const INBOX_CARD = '[data-testid="stage-column"][data-stage-key="inbox"] [data-testid="requirement-card"]';

  const bench = {
    /** First inbox card painted (ms since navigation start). */
    interactive: null,
    /** When that card first appeared in the DOM. */
    firstCardInDom: null,
    /** @type {Span[]} */
    longtasks: [],
    /** @type {any[]} long-animation-frame entries, for attribution */
    loafs: [],
    afterPaint,
    drag: null,
    frames: null,
    filter: null,
  };
  Object.defineProperty(window, '__bench', { value: bench, enumerable: false });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          scripts: (e.scripts || []).map((s) => ({
            invoker: s.invoker,
            source: s.sourceFunctionName,
            url: (s.sourceURL || '').replace(location.origin, ''),
            char: s.sourceCharPosition,
            duration: s.duration,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* LoAF not supported */
  }

  // ---- reload → interactive ---------------------------------------------------------------
  const loadObserver = new MutationObserver(() => {
    if (bench.firstCardInDom !== null) return;
    if (!document.querySelector(INBOX_CARD)) return;
    bench.firstCardInDom = performance.now();
    loadObserver.disconnect();
    afterPaint((t) => (bench.interactive = t));
  });
  loadObserver.observe(document, { childList: true, subtree: true });

  // ---- frame deltas ------------------------------------------------------------------------
  bench.startFrames = () => {
    const frames = { times: [], running: true };
    bench.frames = frames;
    const tick = (t) => {
      if (!frames.running) return;
      frames.times.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    if (bench.frames) bench.frames.running = false;
    return bench.frames ? bench.frames.times : [];
  };
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  // ---- one drag ------------------------------------------------------------------------------
  /**
   * Arms watchers for a drag of card `id` into the column `targetKey`:
   * mousedown/mouseup times, the lift (placeholder + overlay painted) and the
   * drop (the card, no longer a placeholder, painted inside the target column).
   */
  bench.armDrag = (id, targetKey) => {
    const d = {
      id,
      targetKey,
      down: null,
      firstMove: null,
      up: null,
      liftSeen: null,
      lift: null,
      dropSeen: null,
      drop: null,
      moves: 0,
    };
    bench.drag = d;
    const sel = `[data-requirement-id="${CSS.escape(id)}"]`;
    const targetSel = `[data-testid="stage-column"][data-stage-key="${CSS.escape(targetKey)}"] ${sel}`;
    const onDown = (e) => {
      if (d.down === null) d.down = eventTime(e);
    };
    const onMove = (e) => {
      if (d.down !== null && d.up === null) {
        d.moves++;
        if (d.firstMove === null) d.firstMove = eventTime(e);
      }
    };
    const onUp = (e) => {
      if (d.up === null) d.up = eventTime(e);
      check();
    };
    const check = () => {
      if (d.liftSeen === null && d.down !== null) {
        const placeholder = document.querySelector(`${sel}.card--placeholder`);
        if (placeholder && document.querySelector('.card--overlay')) {
          d.liftSeen = performance.now();
          afterPaint((t) => (d.lift = t));
        }
      }
      if (d.dropSeen === null && d.up !== null) {
        const card = document.querySelector(targetSel);
        if (card && !card.classList.contains('card--placeholder') && !document.querySelector('.card--overlay')) {
          d.dropSeen = performance.now();
          afterPaint((t) => (d.drop = t));
          observer.disconnect();
          window.removeEventListener('mousedown', onDown, true);
          window.removeEventListener('mousemove', onMove, true);
          window.removeEventListener('mouseup', onUp, true);
        }
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('mouseup', onUp, true);
    d.disarm = () => {
      observer.disconnect();
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('mousemove', onMove, true);
      window.removeEventListener('mouseup', onUp, true);
    };
  };

  // ---- filter keystrokes -----------------------------------------------------------------------
  /**
   * Records, per keystroke: keydown time (capture phase), and the time the frame
   * after the last DOM mutation in `root` was rendered. The harness waits for
   * quiet (no mutation for a while) before reading a keystroke's result.
   */
  bench.armFilter = (rootSelector, inputEl) => {
    const root = document.querySelector(rootSelector) || document.body;
    const f = { keys: [], current: null };
    bench.filter = f;
    const onKeyDown = (e) => {
      const k = { key: e.key, down: eventTime(e), mutations: 0, lastMutation: null, painted: null, inputPainted: null };
      f.keys.push(k);
      f.current = k;
      // The keystroke's own frame, for keystrokes that change no board DOM.
      afterPaint((t) => (k.inputPainted = t));
    };
    const observer = new MutationObserver((records) => {
      const k = f.current;
      if (!k) return;
      // The input's own value/attribute churn is not "the board updated".
      if (records.every((r) => r.target === inputEl)) return;
      k.mutations += records.length;
      const at = performance.now();
      k.lastMutation = at;
      afterPaint((t) => {
        if (k.lastMutation === at) k.painted = t;
      });
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    window.addEventListener('keydown', onKeyDown, true);
    f.disarm = () => {
      observer.disconnect();
      window.removeEventListener('keydown', onKeyDown, true);
    };
  };
}
