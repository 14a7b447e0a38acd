// The one module that touches localStorage: small session preferences only,
// never planning data (that lives in IndexedDB).
import { z } from 'zod';

const KEY = 'cairn.preferences.v1';

export const storedPreferencesSchema = z.object({
  locale: z.enum(['en', 'zh-CN']).optional(),
  currentProductId: z.string().min(1).nullable().optional(),
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
