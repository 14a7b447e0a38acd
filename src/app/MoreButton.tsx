import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AppView } from '../state/appView';
import { useT } from '../ui/useT';

// Everything in the menu is used now and then, not at start-up: its items load with it.
const MoreMenu = lazy(() => import('./MoreMenu'));

export interface MoreMenuScope {
  /** Views that did not fit in the header's row. */
  overflow: readonly AppView[];
  /** The app has started: settings and commands can open. */
  ready: boolean;
  /** A product is open: its stages and name can be edited. */
  hasProduct: boolean;
}

/** The header's "More" menu button (a menu button: Enter, Space or ↓ open it on the first item, ↑ on the last). */
export function MoreButton(scope: MoreMenuScope) {
  const t = useT();
  const buttonId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<'first' | 'last' | null>(null);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  return (
    <div className="shell__more">
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        onKeyDown={onKeyDown}
        onClick={() => (open ? close(false) : setOpen('first'))}
      >
        {t('shell.more')}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <MoreMenu labelledBy={buttonId} focusOnOpen={open} onClose={close} {...scope} />
        </Suspense>
      )}
    </div>
  );
}
