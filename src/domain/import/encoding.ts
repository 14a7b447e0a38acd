// Text encodings a PM's files arrive in: UTF-8 (with or without BOM) and GBK/GB18030,
// which Excel on Chinese Windows writes for "CSV". GB18030 is a superset of GBK.

export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type EncodingChoice = (typeof ENCODINGS)[number];
export type Encoding = Exclude<EncodingChoice, 'auto'>;

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** BOM → UTF-8; valid UTF-8 → UTF-8; anything else → GB18030. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** With a BOM, UTF-8; without one, the strict decode already failed: GB18030. */
function detectEncodingAfterStrict(bytes: Uint8Array): Encoding {
  return hasUtf8Bom(bytes) ? 'utf-8' : 'gb18030';
}

/** Valid UTF-8 decoded, or null (one pass: detecting and decoding a 24 MB file separately read it twice). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): Decoded {
  // A BOM says UTF-8 whatever follows (detectEncoding), and such a file is decoded once anyway.
  const strict = choice === 'auto' && !hasUtf8Bom(bytes) ? strictUtf8(bytes) : null;
  const encoding = choice === 'auto' ? (strict === null ? detectEncodingAfterStrict(bytes) : 'utf-8') : choice;
  const bom = encoding === 'utf-8' && hasUtf8Bom(bytes);
  // TextDecoder drops a UTF-8 BOM itself (ignoreBOM false), so the first header is clean.
  const text = strict ?? new TextDecoder(encoding).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom };
}
