// Which requirements the picker offers for a query: titles containing every word, best first.
export interface PickableRequirement {
  id: string;
  title: string;
}

const MAX_MATCHES = 8;

export function matchRequirements(requirements: readonly PickableRequirement[], query: string): PickableRequirement[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { r: PickableRequirement; at: number }[] = [];
  for (const r of requirements) {
    const title = r.title.toLocaleLowerCase();
    if (!words.every((w) => title.includes(w))) continue;
    scored.push({ r, at: title.indexOf(words[0] ?? '') });
  }
  // Titles that start with the query come first; then the order given (the board's).
  return scored
    .sort((a, b) => Number(a.at !== 0) - Number(b.at !== 0))
    .slice(0, MAX_MATCHES)
    .map((s) => s.r);
}
