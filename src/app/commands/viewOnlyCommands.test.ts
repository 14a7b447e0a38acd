import { afterEach, describe, expect, it } from 'vitest';
import { usePreferences } from '../../state/preferences';
import { useViewOnly } from '../../state/viewOnly';
import { COMMANDS, isEnabled } from './registry';
import type { Command } from './types';

const writing: Command = {
  id: 'test.write',
  label: 'palette.cmd.undo',
  context: 'board',
  history: 'record',
  run: () => {},
};
const byId = (id: string) => COMMANDS.find((c) => c.id === id) as Command;
const noFocus = { focus: null };

afterEach(() => useViewOnly.setState({}, true));

describe('commands on a view-only product', () => {
  it('turns off every command that writes, and only on the product that is view only', () => {
    usePreferences.setState({ currentProductId: 'viewed' });
    expect(isEnabled(writing, noFocus)).toBe(true);

    useViewOnly.setState({ viewed: true });
    expect(isEnabled(writing, noFocus)).toBe(false);
    expect(isEnabled({ ...writing, history: 'merge' }, noFocus)).toBe(false);
    // Moving around and reading still work.
    expect(isEnabled(byId('go.board'), noFocus)).toBe(true);
    expect(isEnabled(byId('search'), noFocus)).toBe(true);

    usePreferences.setState({ currentProductId: 'mine' });
    expect(isEnabled(writing, noFocus)).toBe(true);
  });
});
