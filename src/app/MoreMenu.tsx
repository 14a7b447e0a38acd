// The header's "More" menu: views that did not fit, then what is used now and then (commands,
// stages, products, settings, language). Loaded on first open; keyboard as the ARIA menu pattern.
import '../i18n/paletteMessages';
import '../i18n/shellMessages';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { openProductForm } from '../features/products';
import { LOCALE_NAMES, LOCALES } from '../i18n/translate';
import { setAppView, useAppView } from '../state/appView';
import { setSettingsOpen, setStageSettingsOpen } from '../state/boardUi';
import { openCommandSurface } from '../state/commandUi';
import { setLocale } from '../state/preferences';
import { useLocale, useT } from '../ui/useT';
import { VIEW_COMMANDS } from './commands/viewCommands';
import type { MoreMenuScope } from './MoreButton';

interface MoreMenuProps extends MoreMenuScope {
  labelledBy: string;
  focusOnOpen: 'first' | 'last';
  /** `refocus`: give focus back to the menu button (every way out but a click elsewhere). */
  onClose: (refocus: boolean) => void;
}

const ITEMS = '[role^="menuitem"]';

interface ItemState {
  current?: boolean;
  /** Set for a choice of one (menuitemradio). */
  checked?: boolean;
  lang?: string;
  /** aria-keyshortcuts, and the keys as shown. */
  keys?: [string, string];
}

export default function MoreMenu({ labelledBy, focusOnOpen, onClose, overflow, ready, hasProduct }: MoreMenuProps) {
  const t = useT();
  const locale = useLocale();
  const view = useAppView((s) => s.view);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];

  useEffect(() => {
    const all = items();
    (focusOnOpen === 'first' ? all[0] : all.at(-1))?.focus();
    // A press outside closes the menu without taking focus from what was pressed.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.parentElement?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // Focus moves once, when the menu opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Focus goes back to the button before the action, so a dialog it opens returns focus there. */
  const choose = (action: () => void) => () => {
    onClose(true);
    action();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Partial<Record<string, number>> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      all[(next + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    }
  };

  /** One item; `more` gives its state (the open view, the chosen language) and a shortcut to show. */
  const item = (label: string, action: () => void, more: ItemState = {}) => (
    <button
      key={label}
      type="button"
      role={more.checked === undefined ? 'menuitem' : 'menuitemradio'}
      tabIndex={-1}
      className="shell__menu-item"
      aria-current={more.current ? 'page' : undefined}
      aria-checked={more.checked}
      aria-keyshortcuts={more.keys?.[0]}
      lang={more.lang}
      onClick={choose(action)}
    >
      {label}
      {more.keys && <kbd aria-hidden="true">{more.keys[1]}</kbd>}
    </button>
  );
  const separator = <div role="separator" className="shell__menu-separator" />;

  return (
    <div ref={menu} role="menu" aria-labelledby={labelledBy} className="shell__menu" onKeyDown={onKeyDown}>
      {overflow.length > 0 && (
        <>
          {VIEW_COMMANDS.filter((c) => overflow.includes(c.view)).map((c) =>
            item(t(c.name), () => setAppView(c.view), { current: view === c.view }),
          )}
          {separator}
        </>
      )}
      {ready && item(t('palette.open'), () => openCommandSurface('palette'), { keys: ['Control+K', 'Ctrl K'] })}
      {ready && item(t('shortcuts.title'), () => openCommandSurface('shortcuts'), { keys: ['?', '?'] })}
      {hasProduct && (
        <>
          {separator}
          {item(t('board.stageSettings'), () => setStageSettingsOpen(true))}
          {item(t('product.rename'), () => openProductForm('rename'))}
          {item(t('product.new'), () => openProductForm('create'))}
        </>
      )}
      {ready && item(t('settings.open'), () => setSettingsOpen(true))}
      {separator}
      <div role="group" aria-label={t('locale.label')}>
        {LOCALES.map((l) => item(LOCALE_NAMES[l], () => void setLocale(l), { checked: l === locale, lang: l }))}
      </div>
    </div>
  );
}
