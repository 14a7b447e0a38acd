// Filters in the address (#/table?priority=P0&owner=…) and in saved views.
// The address is untrusted input: every value is checked on its own, and an
// unknown or malformed one is dropped, never thrown on.
import { z } from 'zod/mini';
import { PRIORITIES, REQUIREMENT_SOURCES, REQUIREMENT_TYPES } from '../types';
import { DUE_FILTERS, NO_FILTERS, NO_SOURCE, SCORED_FILTERS, type RequirementFilters } from './types';

const MAX_QUERY = 500;
const MAX_VALUES = 50;

const idValue = z.string().check(z.minLength(1), z.maxLength(200));
const tagValue = z.string().check(z.minLength(1), z.maxLength(50));
const typeValue = z.enum(REQUIREMENT_TYPES);
const priorityValue = z.enum(PRIORITIES);
const sourceValue = z.enum([...REQUIREMENT_SOURCES, NO_SOURCE]);
const scoredValue = z.enum(SCORED_FILTERS);
const dueValue = z.enum(DUE_FILTERS);

/** The valid, distinct values of a repeated parameter, at most MAX_VALUES. */
function listOf<T>(params: URLSearchParams, name: string, schema: z.ZodMiniType<T>): T[] {
  const values: T[] = [];
  for (const raw of params.getAll(name)) {
    const parsed = schema.safeParse(raw);
    if (parsed.success && !values.includes(parsed.data)) values.push(parsed.data);
    if (values.length === MAX_VALUES) break;
  }
  return values;
}

function oneOf<T>(params: URLSearchParams, name: string, schema: z.ZodMiniType<T>): T | null {
  const parsed = schema.safeParse(params.get(name));
  return parsed.success ? parsed.data : null;
}

/** The filters a query string names ("a=1&b=2", with or without a leading "?"); anything invalid is ignored. */
export function decodeFilters(query: string): RequirementFilters {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return NO_FILTERS;
  }
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    stages: listOf(params, 'stage', idValue),
    types: listOf(params, 'type', typeValue),
    priorities: listOf(params, 'priority', priorityValue),
    owners: listOf(params, 'owner', idValue),
    tags: listOf(params, 'tag', tagValue),
    sources: listOf(params, 'source', sourceValue),
    scored: oneOf(params, 'scored', scoredValue),
    due: oneOf(params, 'due', dueValue),
    archived: params.get('archived') === '1',
  };
}

/** The query string (no "?") for `filters`; empty when nothing is filtered. Parameters keep a stable order. */
export function encodeFilters(filters: RequirementFilters): string {
  const params = new URLSearchParams();
  if (filters.q !== '') params.set('q', filters.q);
  for (const stage of filters.stages) params.append('stage', stage);
  for (const type of filters.types) params.append('type', type);
  for (const priority of filters.priorities) params.append('priority', priority);
  for (const owner of filters.owners) params.append('owner', owner);
  for (const tag of filters.tags) params.append('tag', tag);
  for (const source of filters.sources) params.append('source', source);
  if (filters.scored) params.set('scored', filters.scored);
  if (filters.due) params.set('due', filters.due);
  if (filters.archived) params.set('archived', '1');
  return params.toString();
}
