// Products this device may read but not change: joined through a viewer's invitation. Written by
// team sync (src/sync/session.ts); read by every control that edits, so one gate covers them all.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

/** Product id → true while it is view only here (a record, not a list: it costs the start-up bundle less). */
export const useViewOnly = create<Partial<Record<string, true>>>(() => ({}));

/** The header's explanation, the description of every control disabled by it. */
const LOCK = { 'aria-describedby': 'view-only-note' } as const;

/**
 * While the product is view only on this device, the attributes that say so on a disabled
 * control (spread them onto it); undefined while it may be edited.
 */
export const useEditLock = (productId: string): typeof LOCK | undefined =>
  useViewOnly((s) => (s[productId] ? LOCK : undefined));

/** The id of the header's explanation, for the element that holds it. */
export const VIEW_ONLY_NOTE = LOCK['aria-describedby'];
