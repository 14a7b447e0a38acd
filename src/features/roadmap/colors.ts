/** A light tint of a lane colour: bars keep dark text readable on every lane colour (WCAG AA). */
export function tint(hex: string, amount = 0.22): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * amount + 255 * (1 - amount));
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}
