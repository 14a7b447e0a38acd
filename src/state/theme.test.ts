import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** localStorage as the browser keeps it: strings by key, for this test's page only. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

let storage: Storage;
let systemDark: boolean;
let root: { dataset: Record<string, string | undefined> };

beforeEach(() => {
  vi.resetModules();
  storage = memoryStorage();
  systemDark = false;
  root = { dataset: {} };
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('matchMedia', () => ({ matches: systemDark, addEventListener: () => {} }));
  vi.stubGlobal('document', { documentElement: root });
});
afterEach(() => vi.unstubAllGlobals());

const theme = () => import('./theme');

describe('the theme preference', () => {
  it('follows the system until a choice is stored', async () => {
    const { loadTheme, useTheme } = await theme();
    expect(loadTheme()).toBe('system');
    expect(useTheme.getState().theme).toBe('system');
  });

  it('stores a choice, applies it at once and reads it back on the next visit', async () => {
    const first = await theme();
    first.setTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    expect(first.useTheme.getState().theme).toBe('dark');

    vi.resetModules();
    const next = await theme();
    expect(next.loadTheme()).toBe('dark');
    expect(next.useTheme.getState().theme).toBe('dark');
  });

  it('applies "system" as the system’s current scheme', async () => {
    systemDark = true;
    const { setTheme, loadTheme } = await theme();
    setTheme('light');
    expect(root.dataset.theme).toBe('light');
    setTheme('system');
    expect(root.dataset.theme).toBe('dark');
    expect(loadTheme()).toBe('system');
  });

  it.each([['"sepia"'], ['"Dark"'], ['{"theme":"dark"}'], ['not json'], ['42']])(
    'reads %s, which it never wrote, as system',
    async (stored) => {
      storage.setItem('cairn.theme.v1', stored);
      expect((await theme()).loadTheme()).toBe('system');
    },
  );

  it('falls back to system when storage is blocked, and choosing still applies', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    });
    const { loadTheme, setTheme } = await theme();
    expect(loadTheme()).toBe('system');
    setTheme('dark');
    expect(root.dataset.theme).toBe('dark');
  });
});

describe("index.html's first-paint script", () => {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const source = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  /** Runs the inline script as the browser would, before any module loads, on a page it can change later. */
  function openPage(stored: string | null, dark: boolean) {
    const page = {
      storage: memoryStorage(),
      systemDark: dark,
      root: { dataset: {} as Record<string, string | undefined> },
      systemChanged: () => {},
      otherTabStored: () => {},
    };
    if (stored !== null) page.storage.setItem('cairn.theme.v1', stored);
    const run = new Function('matchMedia', 'localStorage', 'document', 'addEventListener', source) as (
      ...args: unknown[]
    ) => void;
    run(
      () => ({
        get matches() {
          return page.systemDark;
        },
        addEventListener: (_: string, listener: () => void) => (page.systemChanged = listener),
      }),
      page.storage,
      { documentElement: page.root },
      (_: string, listener: () => void) => (page.otherTabStored = listener),
    );
    return page;
  }

  it('is there to run', () => {
    expect(source).toContain('cairn.theme.v1');
  });

  it.each([null, '"system"', '"light"', '"dark"', '"sepia"', 'not json'])(
    'resolves %s as theme.ts does, on a light and on a dark system',
    async (stored) => {
      if (stored !== null) storage.setItem('cairn.theme.v1', stored);
      const { loadTheme, resolveTheme, THEME_KEY } = await theme();
      expect(THEME_KEY).toBe('cairn.theme.v1');
      for (const dark of [false, true])
        expect(openPage(stored, dark).root.dataset.theme).toBe(resolveTheme(loadTheme(), dark));
    },
  );

  it('re-applies when the system scheme changes or another tab stores a choice', () => {
    const page = openPage(null, false);
    expect(page.root.dataset.theme).toBe('light');
    page.systemDark = true;
    page.systemChanged();
    expect(page.root.dataset.theme).toBe('dark');
    page.storage.setItem('cairn.theme.v1', '"light"');
    page.otherTabStored();
    expect(page.root.dataset.theme).toBe('light');
  });
});
