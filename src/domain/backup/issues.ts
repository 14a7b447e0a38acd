// Short English descriptions of zod issues. zod/mini carries no messages of its
// own, and loading its English locale would put it in the shared zod chunk that
// the board loads at start-up.

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  values?: readonly unknown[];
  format?: unknown;
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** "expected string, got 3", "expected one of P0, P1, P2, P3, got \"P9\"". */
export function describeIssue(issue: Issue, root: unknown): string {
  const got = received(valueAt(root, issue.path));
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map(String).join(', ')}, got ${got}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${unit}, got ${got}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${unit}, got ${got}`;
    case 'invalid_format':
      return `has the wrong format (${String(issue.format)}), got ${got}`;
    default:
      return `is not valid (${issue.code}), got ${got}`;
  }
}
