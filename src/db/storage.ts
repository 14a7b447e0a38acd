/**
 * Asks the browser not to evict Cairn's data under storage pressure. Called
 * on first real use, not at load: browsers grant it more readily after an
 * interaction, and a visitor who only looks has nothing to keep yet.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
