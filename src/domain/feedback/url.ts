// Web addresses a person types for feedback and competitors: only http(s), so a
// stored link can never run script (javascript:) or open a local file when clicked.

export type WebUrlCheck = { ok: true; url: string | null } | { ok: false };

/** A blank field is no URL; anything else must be an absolute http or https address. */
export function checkWebUrl(input: string): WebUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: true, url: null };
  if (text.length > 4000) return { ok: false };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false };
  if (parsed.hostname === '') return { ok: false };
  // Keep what was typed (the URL parser would add a trailing slash), trimmed.
  return { ok: true, url: text };
}

/** True when a stored URL is safe to render as a link (rows from a backup are not trusted either). */
export function isWebUrl(url: string | null): url is string {
  if (url === null) return false;
  const check = checkWebUrl(url);
  return check.ok && check.url !== null;
}
