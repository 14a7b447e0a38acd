// Keeps the filters and the address in step: #/board?priority=P0 filters on
// load, and every filter change rewrites the query after its paint (replaceState: typing does
// not fill the back button). The codec validates with zod and loads only once
// filters are in play, so an unfiltered start pays nothing for it.
import { NO_FILTERS, filtersActive } from '../domain/filters/types';
import { hashQuery, useAppView, viewFromHash } from './appView';
import { afterNextPaint } from './afterPaint';
import { setFilters, useBoardUi } from './boardUi';

type Codec = typeof import('../domain/filters/url');
let codec: Promise<Codec> | null = null;
/** The codec once it has arrived, so the write after a paint needs no further turn. */
let loadedCodec: Codec | null = null;
function loadCodec(): Promise<Codec> {
  codec ??= import('../domain/filters/url').then((c) => (loadedCodec = c));
  return codec;
}

/** The query this tab last wrote or read, so reading it back is not taken for a change. */
let lastQuery = '';

function readAddress(): void {
  // Fragments that name no view (the skip link's #board) say nothing about filters.
  if (location.hash !== '' && viewFromHash(location.hash) === null) return;
  const query = hashQuery(location.hash);
  if (query === lastQuery) return;
  lastQuery = query;
  if (query === '') setFilters(NO_FILTERS);
  else void loadCodec().then((c) => setFilters(c.decodeFilters(query)));
}

/**
 * The address follows the filters just after the frame that shows them: history.replaceState costs
 * Chromium ~6 ms, a tenth of the filter keystroke's budget (issue 16). Not later than that: a reload
 * takes the address it had when it started, so a debounce would lose a filter set just before one.
 */
let pendingWrite = false;

function scheduleWrite(): void {
  const filters = useBoardUi.getState().filters;
  if (pendingWrite || (!filtersActive(filters) && lastQuery === '')) return;
  pendingWrite = true;
  void loadCodec();
  void afterNextPaint().then(writeAddress);
}

function writeAddress(): void {
  pendingWrite = false;
  const write = (c: Codec) => {
    const query = c.encodeFilters(useBoardUi.getState().filters);
    if (query === lastQuery) return;
    lastQuery = query;
    const view = useAppView.getState().view;
    history.replaceState(history.state, '', `#/${view}${query ? `?${query}` : ''}`);
  };
  if (loadedCodec) write(loadedCodec);
  else void loadCodec().then(write);
}

if (typeof window !== 'undefined') {
  readAddress();
  useBoardUi.subscribe((state, previous) => {
    if (state.filters !== previous.filters) scheduleWrite();
  });
  // Back and forward, or a pasted link in this tab.
  window.addEventListener('popstate', readAddress);
  window.addEventListener('hashchange', readAddress);
}
