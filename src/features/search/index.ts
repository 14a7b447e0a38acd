// The header's search box, the filter buttons and match highlighting, shared by the board and the table.
// Light on purpose: the board's start-up imports it, and the table must not pull the board in.
export { SearchBar } from './SearchBar';
export { HeaderSearch } from './HeaderSearch';
export { Highlighted } from './Highlighted';
export { loadFilterEngine, useFilterEngine, type FilterEngine } from './engine';
