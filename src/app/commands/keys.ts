// Keyboard events as the registry names them, and where a shortcut applies.
import type { Command, CommandContext } from './types';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * The chord a key press stands for ('Mod+Shift+Z', '?', 'ArrowUp'), or null for
 * a modifier alone. Letters fall back to the physical key on non-Latin layouts;
 * a typed symbol already includes its Shift ('?' is Shift+/ on a US keyboard).
 */
export function chordOf(event: KeyLike): string | null {
  let key = event.key;
  if (/^(Shift|Control|Alt|Meta|CapsLock|Dead|Process|Unidentified)$/.test(key)) return null;
  if (!/^[a-z]$/i.test(key) && /^Key[A-Z]$/.test(event.code)) key = event.code.slice(3);
  const letter = /^[a-z]$/i.test(key);
  const shift = event.shiftKey && (letter || key.length > 1) ? 'Shift+' : '';
  return `${event.ctrlKey || event.metaKey ? 'Mod+' : ''}${event.altKey ? 'Alt+' : ''}${shift}${letter ? key.toUpperCase() : key}`;
}

const NOT_TEXT = /^(checkbox|radio|button|submit|reset|file|color|range|image)$/;

/** The person is typing: a key there is text for the field, never a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.test(target.type);
}

/** A context and the ones it sits in, innermost first: 'board' → ['board', 'app', 'global']. */
export function contextChain(context: CommandContext): CommandContext[] {
  if (context === 'global') return ['global'];
  if (context === 'app' || context === 'detail' || context === 'dialog') return [context, 'global'];
  return [context, 'app', 'global'];
}

export function contextsOf(command: Command): readonly CommandContext[] {
  return typeof command.context === 'string' ? [command.context] : command.context;
}
