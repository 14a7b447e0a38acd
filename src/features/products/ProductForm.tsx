import '../../i18n/shellMessages';
import { useId, useState, type FormEvent } from 'react';
import type { Product } from '../../domain/types';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { createProductRecorded, renameProductRecorded } from './productHistory';

/** `from`: the product open when creating, where undoing the creation returns. */
export type Editing = { mode: 'create'; from: string } | { mode: 'rename'; product: Product };

/** The name of a new product, or a new name for one; loaded when first asked for. */
export function ProductForm({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const t = useT();
  const inputId = useId();
  const [name, setName] = useState(editing.mode === 'rename' ? editing.product.name : '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const write =
      editing.mode === 'create'
        ? createProductRecorded(trimmed, editing.from)
        : renameProductRecorded(editing.product, trimmed);
    onClose();
    trackSave(write).catch((error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }));
  };

  return (
    <Dialog open title={editing.mode === 'rename' ? t('product.rename') : t('product.new')} onClose={onClose}>
      <form onSubmit={submit} className="product-form">
        <label htmlFor={inputId}>{t('product.nameLabel')}</label>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={200}
          required
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('stages.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {editing.mode === 'rename' ? t('product.save') : t('product.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
