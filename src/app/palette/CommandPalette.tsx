import '../../i18n/paletteMessages';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { translate } from '../../i18n/translate';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { formatKeys } from '../commands/format';
import { COMMANDS, isEnabled, runCommand } from '../commands/registry';
import type { Command, CommandTarget } from '../commands/types';
import { matchCommands } from './match';
import './palette.css';

/** Ctrl+K: every action of the app by name, run by keyboard. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Rendered before the dialog takes focus: commands act on what had it (the focused card).
  const [target] = useState<CommandTarget>(() => ({ focus: document.activeElement }));
  const commands = useMemo(() => COMMANDS.filter((c) => !c.hidden && isEnabled(c, target)), [target]);
  const shown = matchCommands(commands, query, (c) => [
    t(c.label),
    translate('en', c.label),
    translate('zh-CN', c.label),
  ]);
  const current = shown[Math.min(active, shown.length - 1)];

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    runCommand(command, target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (Math.min(i, shown.length - 1) + step + shown.length) % shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  };

  const optionId = (command: Command) => `${listId}-${command.id}`;
  return (
    <Dialog open title={t('palette.title')} onClose={onClose} className="palette">
      <input
        className="palette__input"
        role="combobox"
        aria-label={t('palette.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-autocomplete="list"
        placeholder={t('palette.search')}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.results')} className="palette__list">
        {shown.map((command) => (
          <li
            key={command.id}
            id={optionId(command)}
            role="option"
            aria-selected={command === current}
            className="palette__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
          >
            <span>{t(command.label)}</span>
            {command.keys?.[0] && <kbd className="palette__shortcut">{formatKeys(command.keys[0], t)}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p className="palette__empty" role="status">
          {t('palette.none', { query })}
        </p>
      )}
      <p className="palette__hint">{t('palette.hint')}</p>
    </Dialog>
  );
}
