// Which product dialog is open (rename or new). The header's menu asks for it; the switcher,
// which knows the current product, renders it. Session state only.
import { create } from 'zustand';

/** Session state (docs/ARCHITECTURE.md, Store scopes): never saved with the product, never exported. */
export const scope = 'session';

export type ProductFormMode = 'rename' | 'create';

export const useProductFormMode = create<{ mode: ProductFormMode | null }>(() => ({ mode: null }));

export function openProductForm(mode: ProductFormMode | null): void {
  useProductFormMode.setState({ mode });
}
