// The app's one keydown listener, installed at start-up. The command registry
// behind it loads a little after the page (once the board has had time to
// paint and the browser is idle), or on the first key press before that, so
// shortcuts add nothing to what the board needs to paint. A key pressed before
// the registry is here is handled as soon as it arrives (too late only to stop
// the browser's own use of that key).
import { whenIdle } from '../whenIdle';
import type { ShortcutEvent } from './dispatcher';

let dispatcher: Promise<typeof import('./dispatcher')> | undefined;
let dispatch: ((event: ShortcutEvent) => void) | undefined;

function load() {
  return (dispatcher ??= import('./dispatcher').then((m) => {
    dispatch = m.dispatchShortcut;
    return m;
  }));
}

/** Runs a registry command by id (the header's Undo and Redo). */
export function runCommandById(id: string): void {
  void load().then((m) => m.runCommandById(id));
}

/** Installs the listener; returns its removal (for an effect's cleanup). */
export function installShortcuts(): () => void {
  const listener = (event: KeyboardEvent) => {
    if (dispatch) return dispatch(event);
    const { key, code, ctrlKey, metaKey, altKey, shiftKey, isComposing, keyCode, timeStamp, target, defaultPrevented } =
      event;
    void load().then(() =>
      dispatch?.({
        key,
        code,
        ctrlKey,
        metaKey,
        altKey,
        shiftKey,
        isComposing,
        keyCode,
        timeStamp,
        target,
        defaultPrevented,
        preventDefault() {},
      }),
    );
  };
  document.addEventListener('keydown', listener);
  whenIdle(() => void load(), 2000);
  return () => document.removeEventListener('keydown', listener);
}
