// Every user action with a name or a shortcut, declared once. The keyboard
// dispatcher, the command palette, the header's Undo/Redo and the `?`
// cheat-sheet all read this list; a new action added here appears in all of them.
// The list loads after the board has painted (shortcuts.ts); heavy capabilities
// (the requirement panel's writes) load inside `run`.
import {
  cardAfterRemoving,
  cardOf,
  cardToward,
  quickAddFor,
  type FocusDirection,
} from '../../features/board/cardFocus';
import { NO_FILTERS } from '../../domain/filters/types';
import { translate, type MessageKey, type Translate } from '../../i18n/translate';
import { setAppView, type AppView } from '../../state/appView';
import { openRequirement, setFilters, setSettingsOpen, setStageSettingsOpen } from '../../state/boardUi';
import { meIn } from '../../state/me';
import { openCommandSurface } from '../../state/commandUi';
import { useHistory } from '../../state/history';
import { setLocale, usePreferences } from '../../state/preferences';
import { setExportOpen } from '../../state/roadmapUi';
import type { Theme } from '../../state/theme';
import { useViewOnly } from '../../state/viewOnly';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { runHistory } from '../historyActions';
import type { Command, CommandTarget } from './types';
import { VIEW_COMMANDS, type ViewCommand } from './viewCommands';

/** Commands run outside React (from the dispatcher): they translate in the current language. */
const t: Translate = (key, params) => translate(usePreferences.getState().locale, key, params);

const onCard = ({ focus }: CommandTarget) => cardOf(focus) !== null;
const idOf = ({ focus }: CommandTarget) => cardOf(focus)?.dataset.requirementId ?? '';

/** Acts on a control of the board (or the table's search), opening the board first when it is not on screen. */
function onBoard<E extends HTMLElement>(find: () => E | null, act: (element: E) => void): void {
  const now = find();
  if (now) return act(now);
  setAppView('board');
  // The board mounts and reads its first screen over a few frames.
  let frames = 120;
  const wait = () => {
    const element = find();
    if (element) act(element);
    else if (--frames > 0) requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
}

/** "Go to …", named and bound as viewCommands.ts declares (the header's buttons read the same list). */
function go(view: AppView): Command {
  const { label, keys } = VIEW_COMMANDS.find((c) => c.view === view) as ViewCommand;
  return { id: `go.${view}`, label, keys, context: 'app', history: 'skip', run: () => setAppView(view) };
}

function focusMove(direction: FocusDirection, key: string): Command {
  return {
    id: `focus.${direction}`,
    label: `palette.cmd.focus.${direction}`,
    keys: [key],
    context: 'board',
    history: 'skip',
    hidden: true,
    enabled: onCard,
    run: ({ focus }) => cardToward(cardOf(focus) as HTMLElement, direction)?.focus(),
  };
}

/**
 * Switches the colour theme, as Settings → Appearance does. Loaded on use: a static import would
 * add the theme's chunk to the start-up bundle's list of the registry's dependencies.
 */
function themeCommand(theme: Theme, label: MessageKey): Command {
  return {
    id: `theme.${theme}`,
    label,
    context: 'app',
    history: 'skip',
    run: async () => (await import('../../state/theme')).setTheme(theme),
  };
}

/** "My work": the board filtered to this device's member (owner or contributor); asks who that is when unset. */
async function showMyWork(): Promise<void> {
  const productId = usePreferences.getState().currentProductId;
  const me = productId === null ? null : meIn(productId);
  if (me === null) {
    await import('../../i18n/workloadMessages');
    showToast({ tone: 'info', message: t('me.notSet') });
    setSettingsOpen(true);
    return;
  }
  setFilters({ ...NO_FILTERS, owners: [me] });
  setAppView('board');
}

/** In the palette's order: the most used first. */
export const COMMANDS: readonly Command[] = [
  go('board'),
  go('roadmap'),
  {
    id: 'search',
    label: 'palette.cmd.filter',
    keys: ['/'],
    context: ['board', 'table'],
    history: 'skip',
    run: () =>
      onBoard(
        () => document.querySelector<HTMLInputElement>('.board__filter'),
        (search) => {
          search.focus();
          search.select();
        },
      ),
  },
  {
    id: 'add',
    label: 'palette.cmd.add',
    keys: ['N'],
    context: 'board',
    history: 'skip',
    run: ({ focus }) =>
      onBoard(
        () => quickAddFor(focus),
        (input) => input.focus(),
      ),
  },
  {
    id: 'export',
    label: 'palette.cmd.export',
    context: 'app',
    history: 'skip',
    run: () => {
      setAppView('roadmap');
      setExportOpen(true);
    },
  },
  {
    id: 'undo',
    label: 'palette.cmd.undo',
    keys: ['Mod+Z'],
    context: 'global',
    history: 'skip',
    enabled: () => useHistory.getState().past.length > 0,
    run: () => runHistory('undo', t),
  },
  {
    id: 'redo',
    label: 'palette.cmd.redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    context: 'global',
    history: 'skip',
    enabled: () => useHistory.getState().future.length > 0,
    run: () => runHistory('redo', t),
  },
  go('table'),
  go('iterations'),
  go('workload'),
  { id: 'myWork', label: 'palette.cmd.myWork', keys: ['G M'], context: 'app', history: 'skip', run: showMyWork },
  {
    id: 'ageMarkers',
    label: 'palette.cmd.ageMarkers',
    context: 'app',
    history: 'record',
    run: async () => (await import('../../features/analytics')).toggleAgeMarkers(),
  },
  go('prioritise'),
  go('feedback'),
  go('competitors'),
  go('analytics'),
  go('review'),
  go('trash'),
  {
    id: 'edit',
    label: 'palette.cmd.edit',
    keys: ['E'],
    context: 'board',
    history: 'skip',
    enabled: onCard,
    run: (target) => openRequirement(idOf(target)),
  },
  {
    id: 'delete',
    label: 'palette.cmd.delete',
    keys: ['Delete', 'Backspace'],
    context: 'board',
    history: 'record',
    enabled: onCard,
    run: async (target) => {
      const next = cardAfterRemoving(cardOf(target.focus) as HTMLElement);
      const { trashRequirement } = await import('../../features/requirements');
      await trashRequirement(idOf(target), t);
      next?.focus();
    },
  },
  {
    id: 'settings',
    label: 'palette.cmd.settings',
    keys: ['G S'],
    context: 'app',
    history: 'skip',
    run: () => setSettingsOpen(true),
  },
  { id: 'stages', label: 'palette.cmd.stages', context: 'app', history: 'skip', run: () => setStageSettingsOpen(true) },
  {
    id: 'shortcuts',
    label: 'palette.cmd.shortcuts',
    keys: ['?'],
    context: 'global',
    history: 'skip',
    run: () => openCommandSurface('shortcuts'),
  },
  {
    id: 'english',
    label: 'palette.cmd.english',
    context: 'app',
    history: 'skip',
    enabled: () => usePreferences.getState().locale !== 'en',
    run: () => setLocale('en'),
  },
  {
    id: 'chinese',
    label: 'palette.cmd.chinese',
    context: 'app',
    history: 'skip',
    enabled: () => usePreferences.getState().locale !== 'zh-CN',
    run: () => setLocale('zh-CN'),
  },
  themeCommand('dark', 'palette.cmd.themeDark'),
  themeCommand('light', 'palette.cmd.themeLight'),
  themeCommand('system', 'palette.cmd.themeSystem'),
  {
    id: 'palette',
    label: 'palette.cmd.palette',
    keys: ['Mod+K'],
    context: 'global',
    history: 'skip',
    whileTyping: true,
    hidden: true,
    run: () => openCommandSurface('palette'),
  },
  focusMove('up', 'ArrowUp'),
  focusMove('down', 'ArrowDown'),
  focusMove('left', 'ArrowLeft'),
  focusMove('right', 'ArrowRight'),
];

/** A command that writes cannot run on a product this device only views (state/viewOnly.ts). */
function viewOnlyNow(): boolean {
  const productId = usePreferences.getState().currentProductId;
  return productId !== null && useViewOnly.getState()[productId] === true;
}

export function isEnabled(command: Command, target: CommandTarget): boolean {
  if (command.history !== 'skip' && viewOnlyNow()) return false;
  return command.enabled?.(target) ?? true;
}

/**
 * Runs a command if it can run now, reporting a failure in a toast. A command
 * that records history waits out an undo or redo being written.
 */
export function runCommand(command: Command, target: CommandTarget): boolean {
  if (!isEnabled(command, target) || (command.history === 'record' && useHistory.getState().busy)) return false;
  Promise.resolve()
    .then(() => command.run(target))
    .catch((error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }));
  return true;
}

export function runCommandById(id: string): void {
  const command = COMMANDS.find((c) => c.id === id);
  if (command) runCommand(command, { focus: document.activeElement });
}
