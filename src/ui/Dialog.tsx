import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** The accessible name of a × button in the title bar; without it the dialog closes by its own buttons and Escape. */
  closeLabel?: string;
}

/**
 * A modal on the native <dialog>: the browser gives focus trapping, Escape
 * and the inert background, which a hand-rolled overlay gets subtly wrong.
 */
export function Dialog({ open, title, onClose, children, footer, className, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // A dialog unmounted while open (closing by state) never gets the browser's focus return: do it here.
  useEffect(
    () => () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected && document.activeElement === document.body) back.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {closeLabel && (
            <button
              type="button"
              className="button button--icon dialog__close"
              aria-label={closeLabel}
              onClick={onClose}
            >
              ×
            </button>
          )}
          <div className="dialog__body">{children}</div>
          {footer && <div className="dialog__footer">{footer}</div>}
        </>
      )}
    </dialog>
  );
}
