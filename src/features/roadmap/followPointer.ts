interface PointerHandlers {
  move: (event: PointerEvent) => void;
  up: () => void;
  cancel: () => void;
}

/**
 * Follows one pointer press on window until it is released, so a drag keeps
 * working when the pointer leaves the bar. Escape and pointercancel abandon it
 * (the caller restores what it showed).
 */
export function followPointer(handlers: PointerHandlers): void {
  const stop = () => {
    window.removeEventListener('pointermove', handlers.move);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onCancel);
    window.removeEventListener('keydown', onKey, true);
  };
  const onUp = () => {
    stop();
    handlers.up();
  };
  const onCancel = () => {
    stop();
    handlers.cancel();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  window.addEventListener('pointermove', handlers.move);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', onCancel);
  window.addEventListener('keydown', onKey, true);
}
