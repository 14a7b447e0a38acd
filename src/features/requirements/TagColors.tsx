import '../../i18n/workspaceMessages';
import { useId, useState } from 'react';
import { textColorOn } from '../../domain/requirements/tagColors';
import { useT } from '../../ui/useT';
import { TagColorSelect } from './TagColorSelect';
import './workspace.css';

interface Props {
  productId: string;
  tags: readonly string[];
  colors: ReadonlyMap<string, string> | undefined;
}

/**
 * The one place in the panel to colour tags (issue 18: a colour picker on
 * every chip was noise). A colour belongs to the tag across the product.
 */
export function TagColors({ productId, tags, colors }: Props) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="tag-colors">
      <button
        type="button"
        className="button button--link"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('workspace.tagColors')}
      </button>
      <ul id={listId} className="tag-colors__list" hidden={!open}>
        {open &&
          tags.map((tag) => {
            const color = colors?.get(tag);
            return (
              <li key={tag} className="tag-colors__item">
                <span className="tag" style={color ? { background: color, color: textColorOn(color) } : undefined}>
                  {tag}
                </span>
                <TagColorSelect productId={productId} tag={tag} color={color} />
              </li>
            );
          })}
      </ul>
    </div>
  );
}
