import { useId, useState } from 'react';
import { useT } from '../../ui/useT';

/** Tags typed as a comma list (，too, for Chinese keyboards); shown as removable chips. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[,，]/)) {
    const tag = raw.trim().slice(0, 50);
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function TagsField({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const t = useT();
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
          {tags.map((tag) => (
            <li key={tag} className="tag tag--removable">
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
          ))}
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
    </div>
  );
}
