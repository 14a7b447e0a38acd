import type { MessageKey } from '../../i18n/translate';
import type { AppView } from '../../state/appView';

/**
 * Where a command's shortcut applies. Contexts nest: a view (board, table…)
 * sits in 'app' (anywhere no dialog is open), and 'app', 'detail' (the
 * requirement panel) and 'dialog' (any other dialog) sit in 'global'.
 */
export type CommandContext = 'global' | 'app' | AppView | 'detail' | 'dialog';

/**
 * How running the command enters undo history (excalidraw's CaptureUpdateAction):
 * 'record' writes the user's data and leaves one undo entry, 'merge' folds into
 * the previous entry (typing), 'skip' changes no data (navigation, undo itself).
 */
export type HistoryMode = 'record' | 'skip' | 'merge';

/** What a command acts on: the element focused when it was invoked (the palette passes the one before it opened). */
export interface CommandTarget {
  focus: Element | null;
}

/**
 * One user action, declared once: the palette, the keyboard dispatcher, the
 * header buttons and the cheat-sheet all read it from the registry.
 */
export interface Command {
  id: string;
  /** Its name in the palette and the cheat-sheet (palette.cmd.*, both languages). */
  label: MessageKey;
  /**
   * Default shortcuts: modifiers then the key ('Mod+Shift+Z', Mod being Ctrl or
   * ⌘), a typed character ('?') or a sequence of two ('G B').
   */
  keys?: readonly string[];
  context: CommandContext | readonly CommandContext[];
  history: HistoryMode;
  /** Fires from a text field too: only a Ctrl/⌘ chord that no field uses. */
  whileTyping?: boolean;
  /** Left out of the palette (moving focus means nothing once the palette has it). */
  hidden?: boolean;
  enabled?: (target: CommandTarget) => boolean;
  run: (target: CommandTarget) => unknown;
}
