// What the command palette can do: the app's actions, by name. Each also has
// its own button or shortcut; the palette is the one place to find them all
// by typing, in either language.
import type { MessageKey } from '../../i18n/translate';
import { setAppView } from '../../state/appView';
import { setSettingsOpen, setStageSettingsOpen } from '../../state/boardUi';
import { useHistory } from '../../state/history';
import { setLocale, usePreferences } from '../../state/preferences';
import { setExportOpen } from '../../state/roadmapUi';

export interface Command {
  id: string;
  label: MessageKey;
  /** Shown beside the label; the shortcut works without the palette. */
  shortcut?: string;
  enabled: () => boolean;
  run: () => void;
}

/** Focuses a board control once the board is on screen (it may be mounting after a view switch). */
function focusOnBoard(selector: string) {
  setAppView('board');
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

export function appCommands(actions: { undo: () => void; redo: () => void }): Command[] {
  const always = () => true;
  return [
    { id: 'board', label: 'palette.cmd.board', enabled: always, run: () => setAppView('board') },
    { id: 'roadmap', label: 'palette.cmd.roadmap', enabled: always, run: () => setAppView('roadmap') },
    { id: 'filter', label: 'palette.cmd.filter', enabled: always, run: () => focusOnBoard('.board__filter') },
    { id: 'add', label: 'palette.cmd.add', enabled: always, run: () => focusOnBoard('.quick-add') },
    {
      id: 'export',
      label: 'palette.cmd.export',
      enabled: always,
      run: () => {
        setAppView('roadmap');
        setExportOpen(true);
      },
    },
    { id: 'undo', label: 'palette.cmd.undo', shortcut: 'Ctrl+Z', enabled: () => useHistory.getState().past.length > 0, run: actions.undo },
    { id: 'redo', label: 'palette.cmd.redo', shortcut: 'Ctrl+Shift+Z', enabled: () => useHistory.getState().future.length > 0, run: actions.redo },
    { id: 'settings', label: 'palette.cmd.settings', enabled: always, run: () => setSettingsOpen(true) },
    { id: 'stages', label: 'palette.cmd.stages', enabled: always, run: () => setStageSettingsOpen(true) },
    { id: 'english', label: 'palette.cmd.english', enabled: () => usePreferences.getState().locale !== 'en', run: () => void setLocale('en') },
    { id: 'chinese', label: 'palette.cmd.chinese', enabled: () => usePreferences.getState().locale !== 'zh-CN', run: () => void setLocale('zh-CN') },
  ];
}
