// The top-level views as commands, declared once. Small enough for start-up:
// the header's buttons (App.tsx) read it to paint, and the lazily loaded
// registry, palette and cheat-sheet read the same names and shortcuts.
import type { MessageKey } from '../../i18n/translate';
import { APP_VIEWS, type AppView } from '../../state/appView';

export interface ViewCommand {
  view: AppView;
  /** The header button's name and the cheat-sheet's heading: "Board". */
  name: MessageKey;
  /** The palette's command: "Go to board". */
  label: MessageKey;
  keys: readonly string[];
}

/** Each view's "go to" shortcut; the trash has none (G T is the table). */
const KEYS: Record<AppView, readonly string[]> = {
  board: ['G B'],
  table: ['G T'],
  prioritise: ['G P'],
  iterations: ['G I'],
  workload: ['G W'],
  roadmap: ['G R'],
  feedback: ['G F'],
  competitors: ['G C'],
  analytics: ['G A'],
  review: ['G V'],
  trash: [],
};

/** In the header's order. */
export const VIEW_COMMANDS: readonly ViewCommand[] = APP_VIEWS.map((view) => ({
  view,
  name: `nav.${view}`,
  label: `palette.cmd.${view}`,
  keys: KEYS[view],
}));
