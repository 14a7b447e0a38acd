// The letters an avatar shows for a person: a card's owner, who else is in a synced product.
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  // Chinese names read best as their last two characters (林伟 → 林伟, 欧阳娜娜 → 娜娜).
  if (parts.length === 1) return /[\u3400-\u9fff]/.test(name) ? name.slice(-2) : name.slice(0, 2).toUpperCase();
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');
}
