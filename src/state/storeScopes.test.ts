// Every zustand store says in code what it holds (docs/ARCHITECTURE.md, Store
// scopes). Only session state may live in a store: document state is in Dexie,
// read live, so every tab and view agree and backups and exports carry it.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const usesZustand = (source: string) => /from 'zustand(\/[\w-]+)?'/.test(source);
const declaredScope = (source: string) => /^export const scope = '(\w+)';$/m.exec(source)?.[1] ?? null;
/** The domain's row types: a store that names one is keeping rows the database already holds. */
const ROW_TYPES = /\b(Requirement|Stage|Product|Member|Initiative|Lane|Iteration|Feedback|Competitor|CairnEvent)\b/;
const rowTypeImports = (source: string) =>
  [...source.matchAll(/^import (?:type )?\{([^}]*)\} from '[^']*domain[^']*';$/gm)]
    .flatMap((m) => (m[1] ?? '').split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()))
    .filter((name) => ROW_TYPES.test(name) && /^[A-Z]\w*$/.test(name));

const stores = Object.entries(sources).filter(([, source]) => usesZustand(source));

describe('store scopes', () => {
  it('finds the stores', () => {
    expect(stores.map(([path]) => path)).toEqual(
      expect.arrayContaining(['./boardUi.ts', './preferences.ts', './history.ts', '../features/board/extras/store.ts']),
    );
  });

  it('has every store declare session scope', () => {
    expect(
      stores
        .filter(([, source]) => declaredScope(source) !== 'session')
        .map(([path, source]) => `${path}: ${declaredScope(source) ?? 'no scope'}`),
    ).toEqual([]);
  });

  it('has no store keep database rows', () => {
    expect(
      stores
        .filter(([, source]) => rowTypeImports(source).length > 0)
        .map(([path, source]) => `${path}: ${rowTypeImports(source).join(', ')}`),
    ).toEqual([]);
  });

  it('tells a missing or document scope and a row type apart from a session store', () => {
    expect(declaredScope("import { create } from 'zustand';\nexport const scope = 'document';")).toBe('document');
    expect(declaredScope("import { create } from 'zustand';")).toBeNull();
    expect(rowTypeImports("import type { Requirement, RequirementFilters } from '../domain/types';")).toEqual([
      'Requirement',
    ]);
    expect(rowTypeImports("import { NO_FILTERS, type RequirementFilters } from '../domain/filters/types';")).toEqual(
      [],
    );
  });
});
