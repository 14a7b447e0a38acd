import '../../i18n/workspaceMessages';
import { useId, useState, type FormEvent } from 'react';
import { LINK_KINDS, normaliseLinkUrl, type LinkKind } from '../../domain/requirements/links';
import type { Link } from '../../domain/types';
import { useT } from '../../ui/useT';
import './workspace.css';

interface Props {
  links: Link[];
  onChange: (links: Link[]) => void;
}

/** PRD, prototype, design and other links: checked addresses, opened in a new tab that cannot reach back. */
export function LinksEditor({ links, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<LinkKind>('prd');
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState(false);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const safe = normaliseLinkUrl(url);
    if (safe === null) {
      setError(true);
      return;
    }
    const text = label.trim() || t(`workspace.links.kind.${kind}`);
    onChange([...links, { id: crypto.randomUUID(), label: text.slice(0, 500), url: safe }]);
    setLabel('');
    setUrl('');
    setError(false);
  };

  return (
    <section className="detail__group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="field__label">
        {t('workspace.links.heading')}
      </h3>
      {links.length > 0 && (
        <ul className="detail__link-list">
          {links.map((link) => {
            const href = normaliseLinkUrl(link.url);
            const text = link.label || link.url;
            return (
              <li key={link.id} className="detail__link">
                {href === null ? (
                  <span>{t('workspace.links.unsafe', { url: text })}</span>
                ) : (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {text}
                    <span className="visually-hidden"> {t('workspace.links.newTab')}</span>
                  </a>
                )}
                <button
                  type="button"
                  className="button button--icon"
                  aria-label={t('workspace.links.remove', { label: text })}
                  onClick={() => onChange(links.filter((l) => l.id !== link.id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {/* The panel has no <form> of its own, so this one can be: Enter in the address adds the link. */}
      <form className="detail__link-add" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('workspace.links.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
            {LINK_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`workspace.links.kind.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('workspace.links.label')}</label>
          <input
            id={`${id}-label`}
            type="text"
            maxLength={500}
            value={label}
            placeholder={t(`workspace.links.kind.${kind}`)}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="field detail__wide">
          <label htmlFor={`${id}-url`}>{t('workspace.links.url')}</label>
          <input
            id={`${id}-url`}
            type="text"
            inputMode="url"
            autoComplete="url"
            maxLength={4000}
            placeholder="https://"
            value={url}
            aria-invalid={error}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setUrl(e.target.value);
              if (error) setError(false);
            }}
          />
          {error && (
            <small id={`${id}-error`} className="field__error" role="alert">
              {t('workspace.links.invalid')}
            </small>
          )}
        </div>
        <button type="submit" className="button">
          {t('workspace.links.add')}
        </button>
      </form>
    </section>
  );
}
