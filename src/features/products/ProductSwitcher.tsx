import { lazy, Suspense, useId, useState } from 'react';
import type { Product } from '../../domain/types';
import { setCurrentProduct } from '../../state/preferences';
import { useT } from '../../ui/useT';
import type { Editing } from './ProductForm';

// Naming a product is rare: its dialog loads when asked for, not with the board.
const ProductForm = lazy(() => import('./ProductForm').then((m) => ({ default: m.ProductForm })));

interface ProductSwitcherProps {
  products: Product[];
  current: Product;
}

/** Switch, create and rename products: a product is the unit a PM plans. */
export function ProductSwitcher({ products, current }: ProductSwitcherProps) {
  const t = useT();
  const selectId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);

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
      <button type="button" className="button" onClick={() => setEditing({ mode: 'rename', product: current })}>
        {t('product.rename')}
      </button>
      <button type="button" className="button" onClick={() => setEditing({ mode: 'create', from: current.id })}>
        {t('product.new')}
      </button>
      {editing && (
        <Suspense fallback={null}>
          <ProductForm editing={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </div>
  );
}
