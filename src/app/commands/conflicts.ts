import { contextChain, contextsOf } from './keys';
import type { Command } from './types';

/** Two contexts can be active at once when one sits in the other (or they are the same). */
function overlap(a: Command, b: Command): boolean {
  return contextsOf(a).some((x) =>
    contextsOf(b).some((y) => contextChain(x).includes(y) || contextChain(y).includes(x)),
  );
}

/** Shortcut `a` hides `b`: the same keys, or the first key of `b`'s sequence ('G' before 'G B'). */
function clash(a: string, b: string): boolean {
  return a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);
}

/** Every pair of commands whose shortcuts would fight for one key press, described for a test failure. */
export function shortcutConflicts(commands: readonly Command[]): string[] {
  const found: string[] = [];
  commands.forEach((a, i) => {
    for (const b of commands.slice(i + 1)) {
      if (!overlap(a, b)) continue;
      for (const x of a.keys ?? [])
        for (const y of b.keys ?? []) if (clash(x, y)) found.push(`${a.id} (${x}) and ${b.id} (${y})`);
    }
  });
  return found;
}
