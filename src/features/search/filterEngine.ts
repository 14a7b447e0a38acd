// What the lazily loaded engine holds, behind one dynamic import (one preload list in the start-up
// bundle instead of one per module): the predicate, match highlighting and the board's index.
export { compileFilters } from '../../domain/filters/predicate';
export { highlightParts, searchTerms } from '../../domain/filters/search';
export { boardSearchIndex, warmBoardIndex } from './boardIndex';
