import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/translate';
import { shortcutConflicts } from './conflicts';
import { COMMANDS } from './registry';
import type { Command } from './types';
import { VIEW_COMMANDS } from './viewCommands';
import { APP_VIEWS } from '../../state/appView';

// Every message file, by language: a label counts only if its own language has it (no English fallback).
const files = import.meta.glob<Record<string, Record<string, string>>>('../../i18n/messages/*.ts', { eager: true });
const catalogs: Record<Locale, Record<string, string>> = { en: {}, 'zh-CN': {} };
for (const [path, module] of Object.entries(files)) {
  const locale: Locale = /(^|[./])zh-CN\.ts$/.test(path) ? 'zh-CN' : 'en';
  for (const messages of Object.values(module))
    if (typeof messages === 'object') Object.assign(catalogs[locale], messages);
}

const command = (id: string, keys: string[], context: Command['context']): Command => ({
  id,
  label: 'palette.cmd.undo',
  keys,
  context,
  history: 'skip',
  run: () => {},
});

describe('the command registry', () => {
  it('has no two commands on one shortcut where both apply', () => {
    expect(shortcutConflicts(COMMANDS)).toEqual([]);
  });

  it('finds a shared shortcut in one context, in a context and global, and a sequence hidden by its first key', () => {
    expect(shortcutConflicts([command('a', ['N'], 'board'), command('b', ['N'], 'board')])).toEqual([
      'a (N) and b (N)',
    ]);
    expect(shortcutConflicts([command('a', ['Mod+Z'], 'global'), command('b', ['Mod+Z'], 'detail')])).toHaveLength(1);
    expect(shortcutConflicts([command('a', ['G'], 'board'), command('b', ['G B'], 'app')])).toHaveLength(1);
    expect(shortcutConflicts([command('a', ['E'], ['table', 'board']), command('b', ['E'], 'board')])).toHaveLength(1);
  });

  it('lets one key mean different things in contexts that are never active together', () => {
    expect(
      shortcutConflicts([command('a', ['N'], 'board'), command('b', ['N'], 'roadmap'), command('c', ['N'], 'detail')]),
    ).toEqual([]);
  });

  it('names every command in both languages', () => {
    const missing = COMMANDS.flatMap((c) =>
      (['en', 'zh-CN'] as const).filter((locale) => !catalogs[locale][c.label]?.trim()).map((l) => `${c.id} (${l})`),
    );
    expect(missing).toEqual([]);
    // The check itself sees a label that is missing.
    expect(catalogs['zh-CN']['palette.cmd.no-such-label']).toBeUndefined();
  });

  it('has unique ids, and the shortcuts the brief promises', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const keysOf = (id: string) => COMMANDS.find((c) => c.id === id)?.keys;
    expect(keysOf('redo')).toEqual(['Mod+Shift+Z', 'Mod+Y']);
    expect(
      [
        'add',
        'search',
        'edit',
        'delete',
        'undo',
        'shortcuts',
        'go.board',
        'go.roadmap',
        'go.table',
        'go.iterations',
        'settings',
      ].map(keysOf),
    ).toEqual([
      ['N'],
      ['/'],
      ['E'],
      ['Delete', 'Backspace'],
      ['Mod+Z'],
      ['?'],
      ['G B'],
      ['G R'],
      ['G T'],
      ['G I'],
      ['G S'],
    ]);
  });

  it('has one Go-to command per header view, named and bound as the view list declares', () => {
    expect(VIEW_COMMANDS.map((v) => v.view)).toEqual([...APP_VIEWS]);
    for (const view of VIEW_COMMANDS) {
      const go = COMMANDS.filter((c) => c.id === `go.${view.view}`);
      expect(go).toHaveLength(1);
      expect([go[0]?.label, go[0]?.keys]).toEqual([view.label, view.keys]);
      for (const locale of ['en', 'zh-CN'] as const)
        expect(catalogs[locale][view.name]?.trim(), `${view.name} (${locale})`).toBeTruthy();
    }
  });

  it('only lets a Ctrl/⌘ chord fire from a text field', () => {
    for (const c of COMMANDS.filter((c) => c.whileTyping))
      expect(c.keys?.every((k) => k.startsWith('Mod+'))).toBe(true);
  });
});
