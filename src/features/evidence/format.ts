// Small text helpers of the evidence views.

/** The start of a long text, for accessible names that must tell items apart without reading a whole quote. */
export function shortText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
