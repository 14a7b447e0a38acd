// `<product>-roadmap-<YYYY-MM-DD>.<ext>`, safe on Windows, macOS and Linux,
// keeping Chinese and other letters as they are.
import type { ExportFormat } from '../../../domain/roadmap/types';

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

export function exportFileName(productName: string, day: string, format: ExportFormat): string {
  return `${safeFileStem(productName)}-roadmap-${day}.${format}`;
}
