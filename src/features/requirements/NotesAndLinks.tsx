import '../../i18n/importMessages';
import { useId } from 'react';
import type { Link, Member, Note } from '../../domain/types';
import { Markdown } from '../../ui/Markdown';
import { useLocale, useT } from '../../ui/useT';

/** Imported comments and attachments, read-only (editing them is not built yet). */
export function NotesAndLinks({ notes, links, members }: { notes: Note[]; links: Link[]; members: Member[] }) {
  const t = useT();
  const locale = useLocale();
  const notesId = useId();
  const linksId = useId();
  if (notes.length === 0 && links.length === 0) return null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      {notes.length > 0 && (
        <section className="detail__notes" aria-labelledby={notesId}>
          <h3 id={notesId} className="field__label">
            {t('import.detail.notes', { count: notes.length })}
          </h3>
          <ol className="detail__note-list">
            {notes.map((note) => (
              <li key={note.id} className="detail__note">
                <small className="field__hint">
                  {t('import.detail.noteBy', {
                    author: members.find((m) => m.id === note.authorId)?.name ?? t('import.detail.unknownAuthor'),
                    date: when.format(new Date(note.at)),
                  })}
                </small>
                <Markdown source={note.text} className="markdown" />
              </li>
            ))}
          </ol>
        </section>
      )}
      {links.length > 0 && (
        <section aria-labelledby={linksId}>
          <h3 id={linksId} className="field__label">
            {t('import.detail.links', { count: links.length })}
          </h3>
          <ul className="detail__link-list">
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.url} target="_blank" rel="noreferrer noopener">
                  {link.label || link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
