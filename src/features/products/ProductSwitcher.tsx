import { useId, useState, type FormEvent } from 'react';
import { repositories } from '../../db';
import type { Product } from '../../domain/types';
import { setCurrentProduct } from '../../state/preferences';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';

interface ProductSwitcherProps {
  products: Product[];
  current: Product;
}

type Editing = { mode: 'create' } | { mode: 'rename'; product: Product } | null;

/** Switch, create and rename products: a product is the unit a PM plans. */
export function ProductSwitcher({ products, current }: ProductSwitcherProps) {
  const t = useT();
  const selectId = useId();
  const inputId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [name, setName] = useState('');

  const open = (next: Editing) => {
    setName(next?.mode === 'rename' ? next.product.name : '');
    setEditing(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !editing) return;
    const write =
      editing.mode === 'create'
        ? repositories.products.createProduct(trimmed).then((product) => setCurrentProduct(product.id))
        : repositories.products.renameProduct(editing.product.id, trimmed);
    setEditing(null);
    trackSave(write).catch((error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }));
  };

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
      <button type="button" className="button" onClick={() => open({ mode: 'rename', product: current })}>
        {t('product.rename')}
      </button>
      <button type="button" className="button" onClick={() => open({ mode: 'create' })}>
        {t('product.new')}
      </button>
      <Dialog open={editing !== null} title={editing?.mode === 'rename' ? t('product.rename') : t('product.new')} onClose={() => setEditing(null)}>
        <form onSubmit={submit} className="product-form">
          <label htmlFor={inputId}>{t('product.nameLabel')}</label>
          <input id={inputId} type="text" value={name} maxLength={200} required autoFocus onChange={(e) => setName(e.target.value)} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('stages.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {editing?.mode === 'rename' ? t('product.save') : t('product.create')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
