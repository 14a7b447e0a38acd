import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { competitorRepository } from '../../db/evidenceAccess';
import { recordChange } from '../../state/history';
import { useT } from '../../ui/useT';
import { capabilityTrashEntry, competitorTrashEntry } from './competitorHistory';
import { CompetitorForm, type CompetitorDraft } from './CompetitorForm';
import { CompetitorList } from './CompetitorList';
import { MatrixTable } from './MatrixTable';
import { useTrackedSave } from '../../ui/useTrackedSave';
import './evidence.css';
import { useActiveRequirements } from '../activeRequirements';

interface CompetitorMatrixProps {
  productId: string;
  productName: string;
}

/** 竞品分析: the competitors, the capabilities customers compare, and the matrix between them. */
export function CompetitorMatrix({ productId, productName }: CompetitorMatrixProps) {
  const t = useT();
  const save = useTrackedSave();
  const id = useId();
  const [capabilityName, setCapabilityName] = useState('');
  const competitors = useLiveQuery(() => competitorRepository.listCompetitors(productId), [productId]);
  const capabilities = useLiveQuery(() => competitorRepository.listCapabilities(productId), [productId]);
  const requirements = useActiveRequirements(productId);

  const addCompetitor = async (draft: CompetitorDraft) => {
    const row = await save(competitorRepository.createCompetitor(productId, draft));
    if (row) recordChange(competitorTrashEntry(row, true));
    return row !== undefined;
  };

  const addCapability = async (event: FormEvent) => {
    event.preventDefault();
    if (capabilityName.trim() === '') return;
    const row = await save(competitorRepository.createCapability(productId, capabilityName));
    if (!row) return;
    recordChange(capabilityTrashEntry(row, true));
    setCapabilityName('');
  };

  if (!competitors || !capabilities || !requirements) return <p className="board__loading">{t('app.loading')}</p>;

  return (
    <section className="evidence" aria-label={t('competitors.label', { product: productName })}>
      <h2 className="evidence__title">{t('competitors.title')}</h2>
      <section className="evidence__panel" aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>{t('competitors.add.title')}</h3>
        <CompetitorForm
          initial={{ name: '', url: '', note: '' }}
          submitLabel={t('competitors.add')}
          onSubmit={addCompetitor}
        />
        <CompetitorList competitors={competitors} />
      </section>

      <section className="evidence__panel" aria-labelledby={`${id}-capabilities`}>
        <h3 id={`${id}-capabilities`}>{t('capabilities.title')}</h3>
        <form className="capability-form" onSubmit={(e) => void addCapability(e)}>
          <div className="field">
            <label htmlFor={`${id}-capability`}>{t('capabilities.field.name')}</label>
            <input
              id={`${id}-capability`}
              type="text"
              required
              maxLength={200}
              value={capabilityName}
              onChange={(e) => setCapabilityName(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary">
            {t('capabilities.add')}
          </button>
        </form>
        {capabilities.length === 0 ? (
          <p className="evidence__empty">{t('capabilities.empty')}</p>
        ) : (
          <MatrixTable competitors={competitors} capabilities={capabilities} requirements={requirements} />
        )}
      </section>
    </section>
  );
}
