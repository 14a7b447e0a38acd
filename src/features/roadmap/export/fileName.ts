// `<product>-roadmap-<YYYY-MM-DD>.<ext>`, safe on Windows, macOS and Linux,
// keeping Chinese and other letters as they are.
import { datedFileName } from '../../../domain/export/fileName';
import type { ExportFormat } from '../../../domain/roadmap/types';

export function exportFileName(productName: string, day: string, format: ExportFormat): string {
  return datedFileName(productName, 'roadmap', day, format);
}
