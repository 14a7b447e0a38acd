// The one module that touches localStorage: small session preferences and
// per-device settings only, never planning data (that lives in IndexedDB).
import { z } from 'zod/mini';

const KEY = 'cairn.preferences.v1';

export const storedPreferencesSchema = z.object({
  locale: z.optional(z.enum(['en', 'zh-CN'])),
  currentProductId: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  roadmapView: z.optional(z.enum(['timeline', 'horizons'])),
  roadmapZoom: z.optional(z.enum(['month', 'quarter', 'half'])),
  /** The table's chosen columns; unknown names are dropped by the table. */
  tableColumns: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40))),
});
export type StoredPreferences = z.infer<typeof storedPreferencesSchema>;

/** One stored record checked by its schema; missing, unreadable or invalid reads as undefined. */
export function loadStored<T>(key: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Unreadable or blocked storage (some private modes): start from defaults.
  }
}

export function saveStored(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Device settings are a convenience; losing them must never break the app.
  }
}

export function loadPreferences(): StoredPreferences {
  return loadStored(KEY, storedPreferencesSchema) ?? {};
}

export function savePreferences(preferences: StoredPreferences): void {
  saveStored(KEY, preferences);
}
