// The board's undo entries (and the guarded-entry builder under them) load after the first
// paint: they are needed only once a card has moved, and start-up JS has a 150 kB budget.
let loading: Promise<typeof import('./boardHistory')> | undefined;

export function loadBoardHistory(): Promise<typeof import('./boardHistory')> {
  loading ??= import('./boardHistory');
  return loading;
}
