import type { ReactNode } from 'react';
import { useEditLock } from '../state/viewOnly';

/**
 * Disables every control inside while the product is view only on this device (a disabled
 * fieldset), each described by the header's reason; renders the children alone otherwise.
 */
export function EditLock({ productId, children }: { productId: string; children: ReactNode }) {
  const lock = useEditLock(productId);
  if (!lock) return children;
  return (
    <fieldset className="edit-lock" {...lock}>
      {children}
    </fieldset>
  );
}
