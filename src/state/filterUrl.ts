// Keeps the filters and the address in step: #/board?priority=P0 filters on
// load, and every filter change rewrites the query once typing pauses (replaceState: typing does
// not fill the back button). The codec validates with zod and loads only once
// filters are in play, so an unfiltered start pays nothing for it.
import { NO_FILTERS, filtersActive } from '../domain/filters/types';
import { hashQuery, useAppView, viewFromHash } from './appView';
import { setFilters, useBoardUi } from './boardUi';

type Codec = typeof import('../domain/filters/url');
let codec: Promise<Codec> | null = null;
function loadCodec(): Promise<Codec> {
  codec ??= import('../domain/filters/url');
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
 * How long typing must pause before the address follows. history.replaceState costs Chromium
 * ~6 ms, a tenth of the filter keystroke's budget (issue 16), and nobody reads the address mid-word.
 */
const ADDRESS_DELAY_MS = 300;
let pendingWrite: ReturnType<typeof setTimeout> | undefined;

function scheduleWrite(): void {
  clearTimeout(pendingWrite);
  pendingWrite = setTimeout(writeAddress, ADDRESS_DELAY_MS);
}

function writeAddress(): void {
  const filters = useBoardUi.getState().filters;
  if (!filtersActive(filters) && lastQuery === '') return;
  void loadCodec().then((c) => {
    const query = c.encodeFilters(useBoardUi.getState().filters);
    if (query === lastQuery) return;
    lastQuery = query;
    const view = useAppView.getState().view;
    history.replaceState(history.state, '', `#/${view}${query ? `?${query}` : ''}`);
  });
}

if (typeof window !== 'undefined') {
  readAddress();
  useBoardUi.subscribe((state, previous) => {
    if (state.filters !== previous.filters) scheduleWrite();
  });
  // A reload or a closed tab right after typing still leaves the address with the filters.
  window.addEventListener('pagehide', () => {
    clearTimeout(pendingWrite);
    writeAddress();
  });
  // Back and forward, or a pasted link in this tab.
  window.addEventListener('popstate', readAddress);
  window.addEventListener('hashchange', readAddress);
}
