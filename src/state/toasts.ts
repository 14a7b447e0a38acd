import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** Stays until dismissed: for news the person must not miss (a new version, a closed database). */
  sticky?: boolean;
}

interface ToastState {
  toasts: Toast[];
}

let nextId = 1;
const TOAST_MS = 8000;

export const useToasts = create<ToastState>(() => ({ toasts: [] }));

export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  // Keep the last three: a burst of errors must not bury the board.
  useToasts.setState((s) => ({ toasts: [...s.toasts.slice(-2), { ...toast, id }] }));
  if (!toast.sticky) setTimeout(() => dismissToast(id), toast.action ? TOAST_MS * 1.5 : TOAST_MS);
  return id;
}
