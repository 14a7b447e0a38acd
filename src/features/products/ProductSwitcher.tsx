import { lazy, Suspense, useId } from 'react';
import type { Product } from '../../domain/types';
import { setCurrentProduct } from '../../state/preferences';
import { useT } from '../../ui/useT';
import { openProductForm, useProductFormMode } from './productFormState';

// Naming a product is rare: its dialog loads when asked for (from the header's menu), not with the board.
const ProductForm = lazy(() => import('./ProductForm').then((m) => ({ default: m.ProductForm })));

interface ProductSwitcherProps {
  products: Product[];
  current: Product;
}

/** Switch products (a product is the unit a PM plans); renaming and creating open from the header's menu. */
export function ProductSwitcher({ products, current }: ProductSwitcherProps) {
  const t = useT();
  const selectId = useId();
  const mode = useProductFormMode((s) => s.mode);
  const close = () => openProductForm(null);

  return (
    <div className="product-switcher">
      <label htmlFor={selectId} className="visually-hidden">
        {t('product.switcher')}
      </label>
      <select id={selectId} value={current.id} onChange={(event) => setCurrentProduct(event.target.value)}>
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {mode && (
        <Suspense fallback={null}>
          <ProductForm
            editing={mode === 'rename' ? { mode, product: current } : { mode, from: current.id }}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  );
}
