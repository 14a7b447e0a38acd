import { numberFormat } from '../../i18n/format';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * "1.2 MB" / "1,2 Mo" / "1.2兆字节": bytes in the largest unit that keeps the number at
 * least 1, in decimal steps (a kilobyte is 1,000 bytes, as Intl's unit names mean).
 */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
