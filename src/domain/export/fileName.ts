// File names for exports, safe on Windows, macOS and Linux, keeping Chinese and other letters as they are.

// eslint-disable-next-line no-control-regex -- control characters are what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function safeFileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  // Windows reserves device names whatever the extension.
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem);
  const trimmed = [...stem].slice(0, 80).join('');
  return trimmed === '' || reserved ? 'cairn' : trimmed;
}

/** `<product>-<what>-<YYYY-MM-DD>.<ext>`, e.g. `Cairn-roadmap-2026-05-14.pdf`. */
export function datedFileName(productName: string, what: string, day: string, extension: string): string {
  return `${safeFileStem(productName)}-${what}-${day}.${extension}`;
}
