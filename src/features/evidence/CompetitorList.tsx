import { useState } from 'react';
import { competitorRepository } from '../../db/evidenceAccess';
import type { Competitor } from '../../domain/competitors/types';
import { isWebUrl } from '../../domain/feedback/url';
import { showToast } from '../../state/toasts';
import { useT } from '../../ui/useT';
import { CompetitorForm, type CompetitorDraft } from './CompetitorForm';
import { useTrackedSave } from '../../ui/useTrackedSave';

/** The competitors: each with its website and note, editable and removable (with undo). */
export function CompetitorList({ competitors }: { competitors: readonly Competitor[] }) {
  const t = useT();
  const save = useTrackedSave();
  const [editing, setEditing] = useState<string | null>(null);

  const update = async (id: string, draft: CompetitorDraft) => {
    const ok = (await save(competitorRepository.updateCompetitor(id, draft))) !== undefined;
    if (ok) setEditing(null);
    return ok;
  };

  const remove = async (row: Competitor) => {
    if ((await save(competitorRepository.deleteCompetitor(row.id).then(() => true))) === undefined) return;
    showToast({
      tone: 'info',
      message: t('competitors.removed', { name: row.name }),
      action: { label: t('competitors.undo'), run: () => void save(competitorRepository.restoreCompetitor(row.id)) },
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
              onSubmit={(draft) => update(row.id, draft)}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : (
          <li key={row.id} className="competitor-list__item">
            <span className="competitor-list__name">
              {isWebUrl(row.url) ? (
                <a href={row.url} target="_blank" rel="noopener noreferrer" aria-label={t('competitors.website', { name: row.name })}>
                  {row.name}
                </a>
              ) : (
                row.name
              )}
            </span>
            {row.note && <span className="competitor-list__note">{row.note}</span>}
            <span className="competitor-list__actions">
              <button type="button" className="button" aria-label={t('competitors.edit', { name: row.name })} onClick={() => setEditing(row.id)}>
                {t('competitors.editShort')}
              </button>
              <button type="button" className="button button--danger" aria-label={t('competitors.remove', { name: row.name })} onClick={() => void remove(row)}>
                {t('competitors.removeShort')}
              </button>
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
