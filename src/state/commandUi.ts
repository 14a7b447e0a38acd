// Session state of the command surfaces: which one is open (the palette or
// the keyboard cheat-sheet). Never document state.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export type CommandSurface = 'palette' | 'shortcuts';

export const useCommandUi = create<{ open: CommandSurface | null }>(() => ({ open: null }));

export function openCommandSurface(open: CommandSurface | null): void {
  useCommandUi.setState({ open });
}
