// What the app's one keydown listener (shortcuts.ts) does with a key: every
// shortcut goes through the registry. Keys a widget handles itself (a
// listbox's arrows, dnd-kit's Space) are prevented there and never count here;
// nothing fires while a card is lifted (its arrows belong to dnd-kit's sensor).
import { useAppView } from '../../state/appView';
import { useBoardUi } from '../../state/boardUi';
import { chordOf, isTyping } from './keys';
import { createShortcutMatcher } from './matcher';
import { COMMANDS, runCommand } from './registry';
import type { CommandContext } from './types';

export { runCommandById } from './registry';

/** The parts of a keydown the dispatcher reads: a live event, or one replayed after the registry loaded. */
export type ShortcutEvent = Pick<
  KeyboardEvent,
  | 'key'
  | 'code'
  | 'ctrlKey'
  | 'metaKey'
  | 'altKey'
  | 'shiftKey'
  | 'isComposing'
  | 'keyCode'
  | 'timeStamp'
  | 'target'
  | 'defaultPrevented'
  | 'preventDefault'
>;

/**
 * The innermost context at the focused element: its dialog, else an open modal
 * dialog, else the open view. The requirement panel is a side panel, not a
 * modal: with focus on the board beside it, the board's keys work.
 */
function contextAt(target: Element | null): CommandContext {
  const dialog = target?.closest('dialog[open]') ?? document.querySelector('dialog[open]:not(.side-panel)');
  if (dialog) return dialog.classList.contains('detail') ? 'detail' : 'dialog';
  return useAppView.getState().view;
}

const match = createShortcutMatcher(COMMANDS);

export function dispatchShortcut(event: ShortcutEvent): void {
  if (event.defaultPrevented || useBoardUi.getState().activeDragId !== null) return;
  const target = event.target instanceof Element ? event.target : null;
  const found = match({
    chord: chordOf(event),
    // 229: a key an input method is still composing with (Safari ends the composition before isComposing says so).
    composing: event.isComposing || event.keyCode === 229,
    typing: isTyping(target),
    context: contextAt(target),
    at: event.timeStamp,
  });
  if (found === 'prefix' || (found && runCommand(found, { focus: target }))) event.preventDefault();
}
