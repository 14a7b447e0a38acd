import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './sidePanel.css';

interface SidePanelProps {
  title: string;
  closeLabel: string;
  /** Changes when the panel shows something else (another card): focus moves into it again. */
  contentKey: string;
  onClose: () => void;
  /** Where focus goes on close; when it names nothing, focus goes back to where it was when the panel opened. */
  returnFocusTo?: () => HTMLElement | null;
  className?: string;
  children: ReactNode;
}

/**
 * A non-modal dialog beside the page (issue 18): it takes focus when it opens,
 * closes with Escape or its Close button and gives focus back, and, unlike
 * Dialog, traps nothing and makes nothing inert, so the board beside it stays
 * usable. Its place in the layout is in sidePanel.css.
 */
export function SidePanel({
  title,
  closeLabel,
  contentKey,
  onClose,
  returnFocusTo,
  className,
  children,
}: SidePanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !ref.current?.contains(active)) {
      opener.current = active;
    }
    headingRef.current?.focus();
  }, [contentKey]);

  const close = () => {
    const target = returnFocusTo?.() ?? opener.current;
    onClose();
    if (target?.isConnected) target.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    // A modal opened from the panel (templates) closes itself; its Escape still bubbles here through React's tree.
    if (event.target instanceof Element && event.target.closest('dialog') !== ref.current) return;
    event.preventDefault();
    close();
  };

  return (
    // The open attribute, not show(): show() would move focus to the first control before the effect
    // below. tabIndex -1 keeps the panel, a scroller, out of the Tab order (Chromium puts scrollers in it).
    <dialog
      ref={ref}
      open
      tabIndex={-1}
      className={`side-panel ${className ?? ''}`}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="side-panel__head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="side-panel__title">
          {title}
        </h2>
        <button type="button" className="button" onClick={close}>
          {closeLabel}
        </button>
      </div>
      <div className="side-panel__body">{children}</div>
    </dialog>
  );
}
