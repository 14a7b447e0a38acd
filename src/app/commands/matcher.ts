import { contextChain, contextsOf } from './keys';
import type { Command, CommandContext } from './types';

/** How long the second key of a sequence (G then B) may wait. */
const SEQUENCE_MS = 1500;

/** A key press as the dispatcher sees it. */
export interface KeyPress {
  /** From chordOf; null for a modifier alone. */
  chord: string | null;
  /** An input method is composing (中文输入法): the key belongs to it. */
  composing: boolean;
  /** Focus is in a text field: the key is text. */
  typing: boolean;
  /** The innermost context at the focus. */
  context: CommandContext;
  /** The event's time stamp, in ms. */
  at: number;
}

/**
 * Finds the command a key press stands for, remembering the first key of a
 * sequence: 'prefix' when the press starts one (the caller swallows it), null
 * when it is no shortcut here.
 */
export function createShortcutMatcher(commands: readonly Command[]) {
  let pending: { chord: string; at: number } | null = null;
  return (press: KeyPress): Command | 'prefix' | null => {
    const { chord } = press;
    if (press.composing || chord === null) return null;
    const chain = contextChain(press.context);
    const live = commands.filter(
      (c) => (!press.typing || c.whileTyping) && contextsOf(c).some((context) => chain.includes(context)),
    );
    const sequence = pending && press.at - pending.at < SEQUENCE_MS ? `${pending.chord} ${chord}` : null;
    pending = null;
    const command =
      (sequence && live.find((c) => c.keys?.includes(sequence))) || live.find((c) => c.keys?.includes(chord));
    if (command) return command;
    if (!live.some((c) => c.keys?.some((keys) => keys.startsWith(`${chord} `)))) return null;
    pending = { chord, at: press.at };
    return 'prefix';
  };
}
