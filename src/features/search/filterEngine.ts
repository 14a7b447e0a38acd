// All the lazily loaded engine holds, behind one dynamic import (one preload list in the start-up
// bundle instead of one per module): the predicate, the search text and the board's index.
export * from '../../domain/filters/predicate';
export * from '../../domain/filters/search';
export * from './boardIndex';
