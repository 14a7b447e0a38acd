import type { analyticsEn } from './messages/analytics.en';
import type { backupEn } from './messages/backup.en';
import type { cardsEn } from './messages/cards.en';
import { en, type BaseMessageKey } from './messages/en';
import type { historyEn } from './messages/history.en';
import type { evidenceEn } from './messages/evidence.en';
import type { exportEn } from './messages/export.en';
import type { gatesEn } from './messages/gates.en';
import type { importEn } from './messages/import.en';
import type { iterationsEn } from './messages/iterations.en';
import type { paletteEn } from './messages/palette.en';
import type { priorityEn } from './messages/priority.en';
import type { productsEn } from './messages/products.en';
import type { shellEn } from './messages/shell.en';
import type { reviewEn } from './messages/review.en';
import type { panelsEn } from './messages/panels.en';
import type { roadmapEn } from './messages/roadmap.en';
import type { startupEn } from './messages/startup.en';
import type { syncEn } from './messages/sync.en';
import type { workspaceEn } from './messages/workspace.en';
import type { tableEn } from './messages/table.en';
import type { workloadEn } from './messages/workload.en';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
/** Every key of every capability; the types cost nothing at start-up, the strings load with their capability. */
export type MessageKey =
  | BaseMessageKey
  | keyof typeof roadmapEn
  | keyof typeof cardsEn
  | keyof typeof historyEn
  | keyof typeof exportEn
  | keyof typeof paletteEn
  | keyof typeof backupEn
  | keyof typeof panelsEn
  | keyof typeof importEn
  | keyof typeof priorityEn
  | keyof typeof workspaceEn
  | keyof typeof evidenceEn
  | keyof typeof tableEn
  | keyof typeof startupEn
  | keyof typeof iterationsEn
  | keyof typeof analyticsEn
  | keyof typeof syncEn
  | keyof typeof productsEn
  | keyof typeof shellEn
  | keyof typeof gatesEn
  | keyof typeof workloadEn
  | keyof typeof reviewEn;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type Messages = Record<Locale, Partial<Record<MessageKey, string>>>;

// English ships with the app and is the fallback; Chinese loads before the first
// render for those who read it (see ensureLocale), so nobody downloads both.
const catalogs: Messages = { en: { ...en }, 'zh-CN': {} };
const loaded = new Set<Locale>(['en']);

/** Loads a language's base messages; the app awaits this before it renders in that language. */
export async function ensureLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { zhCN } = await import('./messages/zh-CN');
  addMessages({ en: {}, 'zh-CN': zhCN });
  loaded.add(locale);
}

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * Adds a lazily loaded capability's messages (see i18n/*Messages.ts). Its
 * modules import them before they render, so a key is never shown raw.
 */
export function addMessages(messages: Messages): void {
  for (const locale of LOCALES) Object.assign(catalogs[locale], messages[locale]);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key] ?? catalogs.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** zh-CN for any Chinese browser language, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
