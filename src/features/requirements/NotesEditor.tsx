import '../../i18n/workspaceMessages';
import { useId, useState, type FormEvent } from 'react';
import type { Member, Note } from '../../domain/types';
import { Markdown } from '../../ui/Markdown';
import { MemberOptions } from '../../ui/MemberOptions';
import { memberNameOf } from '../../ui/memberName';
import { useLocale, useT } from '../../ui/useT';
import './workspace.css';
import { formatDateTime } from '../../i18n/formatTime';

interface Props {
  notes: Note[];
  /** Removed members too: their notes keep their name, "(removed)"; they are not offered as author. */
  members: Member[];
  onChange: (notes: Note[]) => void;
}

/** The product's first PM writes most notes; anyone else is picked. */
function defaultAuthor(members: Member[]): string {
  const current = members.filter((m) => !m.deleted);
  return (current.find((m) => m.role === 'pm') ?? current[0])?.id ?? '';
}

/** Dated Markdown notes with an author: add, edit and delete, saved like the rest of the panel. */
export function NotesEditor({ notes, members, onChange }: Props) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const authorId = author ?? defaultAuthor(members);
  const nameOf = (note: Note) => memberNameOf(members, note.authorId, t) ?? t('workspace.notes.unknownAuthor');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onChange([
      ...notes,
      { id: crypto.randomUUID(), authorId: authorId || null, at: new Date().toISOString(), text: text.trim() },
    ]);
    setText('');
  };

  const saveEdit = () => {
    if (!editing) return;
    if (editing.text.trim())
      onChange(notes.map((n) => (n.id === editing.id ? { ...n, text: editing.text.trim() } : n)));
    setEditing(null);
  };

  return (
    <section className="detail__group detail__notes" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="field__label">
        {t('workspace.notes.heading')}
      </h3>
      {notes.length > 0 && (
        <ol className="detail__note-list">
          {notes.map((note) => (
            <li key={note.id} className="detail__note">
              <div className="detail__note-head">
                <small className="field__hint">
                  {t('workspace.notes.by', { author: nameOf(note), date: formatDateTime(note.at, locale) })}
                </small>
                {editing?.id !== note.id && (
                  <span className="detail__note-actions">
                    <button
                      type="button"
                      className="button button--icon"
                      aria-label={t('workspace.notes.edit', { author: nameOf(note) })}
                      onClick={() => setEditing({ id: note.id, text: note.text })}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      className="button button--icon"
                      aria-label={t('workspace.notes.delete', { author: nameOf(note) })}
                      onClick={() => onChange(notes.filter((n) => n.id !== note.id))}
                    >
                      ×
                    </button>
                  </span>
                )}
              </div>
              {editing?.id === note.id ? (
                <div className="detail__note-edit">
                  <textarea
                    // Shown only when Edit is pressed; that button is gone, so the text takes the focus.
                    autoFocus
                    aria-label={t('workspace.notes.editText')}
                    rows={4}
                    maxLength={100_000}
                    value={editing.text}
                    onChange={(e) => setEditing({ id: note.id, text: e.target.value })}
                  />
                  <span className="detail__note-actions">
                    <button type="button" className="button button--primary" onClick={saveEdit}>
                      {t('workspace.notes.save')}
                    </button>
                    <button type="button" className="button" onClick={() => setEditing(null)}>
                      {t('workspace.notes.cancel')}
                    </button>
                  </span>
                </div>
              ) : (
                <Markdown source={note.text} className="markdown" />
              )}
            </li>
          ))}
        </ol>
      )}
      <form className="detail__note-add" onSubmit={add}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('workspace.notes.new')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={100_000}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setText(e.target.value)}
          />
          <small id={`${id}-hint`} className="field__hint">
            {t('workspace.notes.hint')}
          </small>
        </div>
        <div className="detail__note-add-row">
          <div className="field">
            <label htmlFor={`${id}-author`}>{t('workspace.notes.author')}</label>
            <select id={`${id}-author`} value={authorId} onChange={(e) => setAuthor(e.target.value)}>
              <option value="">{t('workspace.notes.noAuthor')}</option>
              <MemberOptions members={members} current={authorId} />
            </select>
          </div>
          <button type="submit" className="button" disabled={!text.trim()}>
            {t('workspace.notes.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
