import { useState } from 'react';
import { competitorRepository } from '../../db/evidenceAccess';
import type { Competitor } from '../../domain/competitors/types';
import { isWebUrl } from '../../domain/feedback/url';
import { recordChange, undo } from '../../state/history';
import { showToast } from '../../state/toasts';
import { useT } from '../../ui/useT';
import { competitorEditEntry, competitorTrashEntry } from './competitorHistory';
import { CompetitorForm, type CompetitorDraft } from './CompetitorForm';
import { useTrackedSave } from '../../ui/useTrackedSave';

/** The competitors: each with its website and note, editable and removable (with undo). */
export function CompetitorList({ competitors }: { competitors: readonly Competitor[] }) {
  const t = useT();
  const save = useTrackedSave();
  const [editing, setEditing] = useState<string | null>(null);

  const update = async (row: Competitor, draft: CompetitorDraft) => {
    const saved = await save(competitorRepository.updateCompetitor(row.id, draft));
    if (saved === undefined) return false;
    if (saved) recordChange(competitorEditEntry(row, saved));
    setEditing(null);
    return true;
  };

  const remove = async (row: Competitor) => {
    const removed = await save(competitorRepository.deleteCompetitor(row.id));
    if (!removed) return;
    const entry = competitorTrashEntry(removed, false);
    recordChange(entry);
    showToast({
      tone: 'info',
      message: t('competitors.removed', { name: row.name }),
      action: { label: t('competitors.undo'), run: () => void save(undo(entry)) },
    });
  };

  if (competitors.length === 0) return <p className="evidence__empty">{t('competitors.empty')}</p>;
  return (
    <ul className="competitor-list" aria-label={t('competitors.list')}>
      {competitors.map((row) =>
        editing === row.id ? (
          <li key={row.id} className="competitor-list__item">
            <CompetitorForm
              initial={{ name: row.name, url: row.url ?? '', note: row.note }}
              submitLabel={t('competitors.save')}
              onSubmit={(draft) => update(row, draft)}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : (
          <li key={row.id} className="competitor-list__item">
            <span className="competitor-list__name">
              {isWebUrl(row.url) ? (
                <a
                  href={row.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t('competitors.website', { name: row.name })}
                >
                  {row.name}
                </a>
              ) : (
                row.name
              )}
            </span>
            {row.note && <span className="competitor-list__note">{row.note}</span>}
            <span className="competitor-list__actions">
              <button
                type="button"
                className="button"
                aria-label={t('competitors.edit', { name: row.name })}
                onClick={() => setEditing(row.id)}
              >
                {t('competitors.editShort')}
              </button>
              <button
                type="button"
                className="button button--danger"
                aria-label={t('competitors.remove', { name: row.name })}
                onClick={() => void remove(row)}
              >
                {t('competitors.removeShort')}
              </button>
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
