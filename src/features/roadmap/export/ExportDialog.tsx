import { Dialog } from '../../../ui/Dialog';
import { useT } from '../../../ui/useT';

export function ExportDialog(props: { productId: string; productName: string; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open title={t('roadmap.export.title', { product: props.productName })} onClose={props.onClose}>
      <p>{t('roadmap.export.coming')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={props.onClose}>
          {t('detail.close')}
        </button>
      </div>
    </Dialog>
  );
}
