// Which addresses a requirement's links may hold: the panel opens them in a new tab.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address, trimmed, when it is a web or mail link; null otherwise
 * (javascript:, data:, file:, relative paths, typos). A bare host like
 * "example.com/prd" is read as https, as a browser's address bar would.
 */
export function normaliseLinkUrl(input: string): string | null {
  const text = input.trim();
  if (text === '' || text.length > 4000 || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^[\w-]+(\.[\w-]+)+(?::\d+)?([/?#].*)?$/.test(text)
      ? `https://${text}`
      : null;
  if (candidate === null) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  if (url.protocol === 'mailto:' && url.pathname === '') return null;
  return candidate;
}

export function isSafeLinkUrl(input: string): boolean {
  return normaliseLinkUrl(input) !== null;
}

/** Link kinds the PM picks from; the label defaults to the kind's name. */
export const LINK_KINDS = ['prd', 'prototype', 'design', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
