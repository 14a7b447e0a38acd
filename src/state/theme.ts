// This device's colour theme: light, dark, or whatever the system prefers. The
// inline script in index.html applies the stored choice before the first paint
// (and follows the system while the choice is "system"); this module, loaded
// with Settings and the command registry, never at start-up, reads and changes it.
import { z } from 'zod/mini';
import { create } from 'zustand';
import { loadStored, saveStored } from './persist';

/** Session state (docs/ARCHITECTURE.md, Store scopes): a device setting, never part of a product. */
export const scope = 'session';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** index.html's inline script reads this key too. */
export const THEME_KEY = 'cairn.theme.v1';

const storedThemeSchema = z.enum(THEMES);

/** The stored choice; missing, unreadable or unknown reads as 'system'. */
export function loadTheme(): Theme {
  return loadStored(THEME_KEY, storedThemeSchema) ?? 'system';
}

/** What the page shows for a choice: 'system' resolves through prefers-color-scheme. */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

const systemDark = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

export const useTheme = create<{ theme: Theme }>(() => ({ theme: loadTheme() }));

/** Stores the choice and applies it at once; index.html's script keeps following the system from here. */
export function setTheme(theme: Theme): void {
  saveStored(THEME_KEY, theme);
  useTheme.setState({ theme });
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = resolveTheme(theme, systemDark());
}
