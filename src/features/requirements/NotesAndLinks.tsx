import '../../i18n/importMessages';
import { useId } from 'react';
import type { Member, Requirement } from '../../domain/types';
import { Markdown } from '../../ui/Markdown';
import { useLocale, useT } from '../../ui/useT';

type Imported = Pick<Requirement, 'notes' | 'links' | 'startDate' | 'estimate' | 'dueDone'>;

/** What imports bring beyond the editable fields, read-only (editing them is not built yet). */
export function NotesAndLinks({ requirement, members }: { requirement: Imported; members: Member[] }) {
  const t = useT();
  const locale = useLocale();
  const notesId = useId();
  const linksId = useId();
  const { notes, links, startDate, estimate, dueDone } = requirement;
  const hasFacts = startDate !== null || estimate !== null || dueDone;
  if (notes.length === 0 && links.length === 0 && !hasFacts) return null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      {hasFacts && (
        <dl className="detail__facts">
          {startDate !== null && (
            <>
              <dt>{t('import.detail.start')}</dt>
              <dd>{startDate}</dd>
            </>
          )}
          {estimate !== null && (
            <>
              <dt>{t('import.detail.estimate')}</dt>
              <dd>{new Intl.NumberFormat(locale).format(estimate)}</dd>
            </>
          )}
          {dueDone && (
            <>
              <dt>{t('import.detail.due')}</dt>
              <dd>{t('import.detail.dueDone')}</dd>
            </>
          )}
        </dl>
      )}
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
