import { createElement } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Board as BoardView } from './Board';

type BoardProps = Parameters<typeof BoardView>[0];

/** The board, kept from taking the whole app down if it crashes. */
export function Board(props: BoardProps) {
  return createElement(ErrorBoundary, null, createElement(BoardView, props));
}
