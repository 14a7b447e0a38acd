// Placeholder until the exporters land: the export work replaces this whole folder.
// Plain createElement, no JSX, so the placeholder is this one file.
import { createElement } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { useT } from '../../../ui/useT';

export function ExportDialog(props: { productId: string; productName: string; onClose: () => void }) {
  const t = useT();
  const children = [
    createElement('p', { key: 'text' }, t('roadmap.export.coming')),
    createElement(
      'div',
      { key: 'actions', className: 'dialog__actions' },
      createElement('button', { type: 'button', className: 'button button--primary', onClick: props.onClose }, t('roadmap.dialog.close')),
    ),
  ];
  return createElement(Dialog, { open: true, title: t('roadmap.export.title', { product: props.productName }), onClose: props.onClose, children });
}
