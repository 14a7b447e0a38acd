import '../../i18n/paletteMessages';
import { Fragment, useId } from 'react';
import type { MessageKey } from '../../i18n/translate';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { formatKeys } from './format';
import { contextsOf } from './keys';
import { COMMANDS } from './registry';
import type { Command, CommandContext } from './types';
import './cheatSheet.css';

/** Each context's heading, in the order the sheet lists them. */
const CONTEXT_NAMES: Record<CommandContext, MessageKey> = {
  global: 'shortcuts.context.global',
  board: 'roadmap.nav.board',
  table: 'nav.table',
  prioritise: 'nav.prioritise',
  iterations: 'nav.iterations',
  roadmap: 'roadmap.nav.roadmap',
  feedback: 'nav.feedback',
  competitors: 'nav.competitors',
  analytics: 'palette.context.analytics',
  trash: 'nav.trash',
  detail: 'shortcuts.context.detail',
  dialog: 'shortcuts.context.dialog',
  app: 'shortcuts.context.app',
};
const CONTEXT_ORDER = Object.keys(CONTEXT_NAMES);
const rank = (contexts: readonly CommandContext[]) => Math.min(...contexts.map((c) => CONTEXT_ORDER.indexOf(c)));

/** The registry's shortcuts, grouped by where they apply ("Board", "Board · Table", "Anywhere"). */
function groups(): [readonly CommandContext[], Command[]][] {
  const byContexts = new Map<string, [readonly CommandContext[], Command[]]>();
  for (const command of COMMANDS) {
    if (!command.keys?.length) continue;
    const contexts = contextsOf(command);
    const group = byContexts.get(contexts.join()) ?? [contexts, []];
    group[1].push(command);
    byContexts.set(contexts.join(), group);
  }
  return [...byContexts.values()].sort(([a], [b]) => rank(a) - rank(b));
}

/** `?`: every keyboard shortcut, generated from the command registry. */
export function CheatSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      open
      title={t('shortcuts.title')}
      onClose={onClose}
      className="cheat-sheet"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      {groups().map(([contexts, commands], index) => (
        <section key={contexts.join()} aria-labelledby={`${id}-${index}`} className="cheat-sheet__group">
          <h3 id={`${id}-${index}`}>{contexts.map((context) => t(CONTEXT_NAMES[context])).join(' · ')}</h3>
          <dl>
            {commands.map((command) => (
              <div key={command.id} className="cheat-sheet__row">
                <dt>{t(command.label)}</dt>
                <dd>
                  {command.keys?.map((keys, i) => (
                    <Fragment key={keys}>
                      {i > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{formatKeys(keys, t)}</kbd>
                    </Fragment>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="cheat-sheet__note">{t('shortcuts.typing')}</p>
    </Dialog>
  );
}
