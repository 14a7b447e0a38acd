import { describe, expect, it } from 'vitest';
import { chordOf } from './keys';
import { createShortcutMatcher, type KeyPress } from './matcher';
import type { Command } from './types';

const command = (id: string, keys: string[], context: Command['context'], whileTyping?: boolean): Command => ({
  id,
  label: 'palette.cmd.undo',
  keys,
  context,
  history: 'skip',
  whileTyping,
  run: () => {},
});
const commands = [
  command('add', ['N'], 'board'),
  command('undo', ['Mod+Z'], 'global'),
  command('palette', ['Mod+K'], 'global', true),
  command('go.roadmap', ['G R'], 'app'),
  command('help', ['?'], 'global'),
];
const press = (chord: string, more: Partial<KeyPress> = {}): KeyPress => ({
  chord,
  composing: false,
  typing: false,
  context: 'board',
  at: 0,
  ...more,
});
const idOf = (found: Command | 'prefix' | null) => (found && found !== 'prefix' ? found.id : found);

describe('chordOf', () => {
  const key = (key: string, more: Partial<KeyboardEvent> = {}) =>
    chordOf({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...more });
  it('names letters in capitals with their modifiers; Ctrl and ⌘ are both Mod', () => {
    expect(key('n')).toBe('N');
    expect(key('z', { ctrlKey: true })).toBe('Mod+Z');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('Mod+Shift+Z');
    expect(key('y', { ctrlKey: true })).toBe('Mod+Y');
    expect(key('N', { shiftKey: true })).toBe('Shift+N');
  });
  it('takes a typed symbol as it is, its Shift included', () => {
    expect(key('?', { shiftKey: true })).toBe('?');
    expect(key('/')).toBe('/');
  });
  it('reads the physical key on a non-Latin layout, and ignores a modifier alone', () => {
    expect(key('я', { code: 'KeyZ', ctrlKey: true })).toBe('Mod+Z');
    expect(key('Shift', { shiftKey: true })).toBeNull();
    expect(key('ArrowUp', { shiftKey: true })).toBe('Shift+ArrowUp');
  });
});

describe('the shortcut matcher', () => {
  it('finds a command of the context or one it sits in', () => {
    const match = createShortcutMatcher(commands);
    expect(idOf(match(press('N')))).toBe('add');
    expect(idOf(match(press('N', { context: 'roadmap' })))).toBeNull();
    expect(idOf(match(press('Mod+Z', { context: 'detail' })))).toBe('undo');
    expect(idOf(match(press('?', { context: 'dialog' })))).toBe('help');
  });

  it('never fires while the person types, except a Ctrl/⌘ chord meant to', () => {
    const match = createShortcutMatcher(commands);
    expect(match(press('N', { typing: true }))).toBeNull();
    expect(match(press('Mod+Z', { typing: true }))).toBeNull();
    expect(idOf(match(press('Mod+K', { typing: true })))).toBe('palette');
  });

  it('never fires while an input method composes', () => {
    const match = createShortcutMatcher(commands);
    expect(match(press('N', { composing: true }))).toBeNull();
    expect(match(press('Mod+K', { composing: true, typing: true }))).toBeNull();
  });

  it('runs a sequence when its second key follows in time, and not later or elsewhere', () => {
    const match = createShortcutMatcher(commands);
    expect(match(press('G', { at: 0 }))).toBe('prefix');
    expect(idOf(match(press('R', { at: 500 })))).toBe('go.roadmap');
    expect(match(press('R', { at: 600 }))).toBeNull();
    expect(match(press('G', { at: 1000 }))).toBe('prefix');
    expect(match(press('R', { at: 3000 }))).toBeNull();
    // Outside the sequence's context G is no prefix, and in a text field it is text.
    expect(match(press('G', { context: 'dialog' }))).toBeNull();
    expect(match(press('G', { typing: true }))).toBeNull();
  });

  it('drops an unfinished sequence and takes the next key on its own', () => {
    const match = createShortcutMatcher(commands);
    expect(match(press('G', { at: 0 }))).toBe('prefix');
    expect(idOf(match(press('N', { at: 100 })))).toBe('add');
    expect(match(press('R', { at: 200 }))).toBeNull();
  });
});
