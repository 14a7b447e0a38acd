import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { repositories } from '../../db';
import { textColorOn } from '../../domain/requirements/tagColors';
import { useT } from '../../ui/useT';
import { TagColors } from './TagColors';

/** Tags typed as a comma list (，too, for Chinese keyboards); shown as removable chips. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，]/)) {
    const tag = raw.trim().slice(0, 50);
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function TagsField({
  productId,
  tags,
  onChange,
}: {
  productId: string;
  tags: string[];
  onChange: (tags: string[]) => void;
}) {
  const t = useT();
  const colors = useLiveQuery(
    async () => new Map((await repositories.products.listTags(productId)).map((tag) => [tag.name, tag.color])),
    [productId],
  );
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');

  const commit = () => {
    const added = parseTags(text).filter((tag) => !tags.includes(tag));
    if (added.length > 0) onChange([...tags, ...added]);
    setText('');
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{t('detail.tags')}</label>
      {tags.length > 0 && (
        <ul className="tags">
          {tags.map((tag) => {
            const color = colors?.get(tag);
            return (
              <li
                key={tag}
                className={color ? 'tag tag--removable tag--colored' : 'tag tag--removable'}
                style={color ? { background: color, color: textColorOn(color) } : undefined}
              >
                {tag}
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('detail.removeTag', { tag })}
                  onClick={() => onChange(tags.filter((x) => x !== tag))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={inputId}
        type="text"
        value={text}
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            commit();
          }
        }}
      />
      <small id={hintId} className="field__hint">
        {t('detail.tagsHint')}
      </small>
      {tags.length > 0 && <TagColors productId={productId} tags={tags} colors={colors} />}
    </div>
  );
}
