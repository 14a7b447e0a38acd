import type { Requirement } from '../types';

/** Every tag in use, each once, in the locale-independent order people scan lists in. */
export function tagsIn(requirements: Iterable<Requirement>): string[] {
  const tags = new Set<string>();
  for (const r of requirements) for (const tag of r.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
