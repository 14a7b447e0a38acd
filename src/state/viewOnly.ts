// Products this device may read but not change: joined through a viewer's invitation. Written by
// team sync (src/sync/session.ts); read by every control that edits, so one gate covers them all.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/** Product id → true while it is view only here (a record, not a list: it costs the start-up bundle less). */
export const useViewOnly = create<Partial<Record<string, true>>>(() => ({}));

/**
 * Spread onto a control of a view-only product: native `disabled` (an input, a fieldset; a card,
 * a div, ignores it and is held by dnd-kit's own `disabled`) and the header's explanation (its
 * element has this id) as the description. One object, so the start-up bundle pays for it once.
 */
export const VIEW_ONLY_LOCK = { 'aria-describedby': 'view-only-note', disabled: true } as const;

/**
 * While the product is view only on this device, the attributes that say so on a disabled
 * control (spread them onto it); undefined while it may be edited.
 */
export const useEditLock = (productId: string): typeof VIEW_ONLY_LOCK | undefined =>
  useViewOnly((s) => s[productId] && VIEW_ONLY_LOCK);
