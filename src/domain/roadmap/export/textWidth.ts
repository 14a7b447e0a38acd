// Text measurement without a DOM: good enough to truncate labels in the
// exported timeline, where the font (Noto Sans SC) is known. CJK ideographs
// are one em wide; Latin averages a little over half an em in Noto Sans.

function charWidth(code: number): number {
  if (code >= 0x2e80 && code <= 0x9fff) return 1;
  if (code >= 0xac00 && code <= 0xd7af) return 1;
  if (code >= 0xf900 && code <= 0xfaff) return 1;
  if (code >= 0xff00 && code <= 0xffef) return 1;
  if (code >= 0x1f000) return 1.1;
  if (code === 0x20) return 0.26;
  if ((code >= 0x41 && code <= 0x5a) || code === 0x4d || code === 0x57) return 0.66;
  if (code === 0x69 || code === 0x6c || code === 0x49 || code === 0x7c || code === 0x2e || code === 0x2c) return 0.26;
  return 0.56;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char.codePointAt(0) ?? 0);
  return em * fontSize;
}

/** The longest prefix of `text` that fits `maxWidth`, with an ellipsis when cut; '' when nothing fits. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (estimateTextWidth(oneLine, fontSize) <= maxWidth) return oneLine;
  const ellipsis = estimateTextWidth('…', fontSize);
  let width = 0;
  let result = '';
  for (const char of oneLine) {
    const next = charWidth(char.codePointAt(0) ?? 0) * fontSize;
    if (width + next + ellipsis > maxWidth) break;
    width += next;
    result += char;
  }
  return result ? `${result.trimEnd()}…` : '';
}
