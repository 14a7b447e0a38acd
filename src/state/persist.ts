// The one module that touches localStorage: small session preferences only,
// never planning data (that lives in IndexedDB).
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

export function loadPreferences(): StoredPreferences {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return {};
    const parsed = storedPreferencesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    // Unreadable or blocked storage (some private modes): start from defaults.
    return {};
  }
}

export function savePreferences(preferences: StoredPreferences): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Preferences are a convenience; losing them must never break the app.
  }
}
