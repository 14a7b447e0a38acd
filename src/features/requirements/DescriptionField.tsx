import { useT } from '../../ui/useT';
import { MarkdownField } from '../../ui/MarkdownField';
import { TemplatePicker } from './TemplatePicker';

interface Props {
  productId: string;
  description: string;
  onChange: (description: string, now?: boolean) => void;
}

/** The Markdown description, written or previewed; an empty one can start from a template. */
export function DescriptionField({ productId, description, onChange }: Props) {
  const t = useT();
  return (
    <>
      {/* Templates are chosen, and edited, where a new requirement starts; a template never overwrites what was written. */}
      {description.trim() === '' && <TemplatePicker productId={productId} onApply={(body) => onChange(body, true)} />}
      <MarkdownField label={t('detail.description')} value={description} onChange={onChange} />
    </>
  );
}
