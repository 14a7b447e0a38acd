import { useId, useState } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { productSettingsRepository } from '../../db/productSettingsAccess';
import type { Iteration } from '../../domain/iterations/types';
import type { Product } from '../../domain/types';
import { recordChange } from '../../state/history';
import { selectIteration, useIterationsUi } from '../../state/iterationsUi';
import { useLocale, useT } from '../../ui/useT';
import { BurndownChart } from './BurndownChart';
import { CloseIterationDialog } from './CloseIterationDialog';
import { DeleteIterationDialog } from './DeleteIterationDialog';
import { formatDay } from '../../i18n/format';
import { IterationEditor } from './IterationEditor';
import { iterationActionEntry, parallelIterationsEntry } from './iterationHistory';
import { PlanningBoard } from './PlanningBoard';
import { useIterationsData } from './useIterationsData';
import { useWrite } from './useWrite';
import { VelocityChart } from './VelocityChart';
import './iterations.css';

/** The iteration shown first: the active one, else the next planned, else the latest. */
function defaultIteration(iterations: readonly Iteration[]): Iteration | undefined {
  return (
    iterations.find((i) => i.state === 'active') ?? iterations.find((i) => i.state === 'planned') ?? iterations.at(-1)
  );
}

type Editing = { mode: 'new' } | { mode: 'edit'; iteration: Iteration } | null;

export function Iterations({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const data = useIterationsData(product.id);
  const write = useWrite();
  const pickerId = useId();
  const selectedId = useIterationsUi((s) => s.selectedId);
  const setSelectedId = selectIteration;
  const [editing, setEditing] = useState<Editing>(null);
  const [closing, setClosing] = useState<Iteration | null>(null);
  const [deleting, setDeleting] = useState<Iteration | null>(null);

  if (!data) return <p className="board__loading">{t('app.loading')}</p>;
  const selected = data.iterations.find((i) => i.id === selectedId) ?? defaultIteration(data.iterations);
  const active = data.iterations.filter((i) => i.state === 'active');
  const burndownOf = selected?.state === 'active' ? selected : active[0];

  const start = async (iteration: Iteration) => {
    const started = await write(iterationRepository.startIteration(iteration.id));
    if (started) recordChange(iterationActionEntry(iteration, { kind: 'start' }, { iteration: started, movedOut: [] }));
  };

  const setParallel = async (allowed: boolean) => {
    const saved = await write(
      productSettingsRepository.updateProductSettings(product.id, { parallelIterations: allowed }),
    );
    if (saved && saved.version !== product.version) recordChange(parallelIterationsEntry(product, saved));
  };

  return (
    <section className="iterations" aria-label={t('iterations.label', { product: product.name })}>
      <div className="iterations__toolbar">
        {data.iterations.length > 0 && selected && (
          <div className="field iterations__picker">
            <label htmlFor={pickerId}>{t('iterations.picker.label')}</label>
            <select id={pickerId} value={selected.id} onChange={(e) => setSelectedId(e.target.value)}>
              {data.iterations.map((i) => (
                <option key={i.id} value={i.id}>
                  {t('iterations.option', { name: i.name, state: t(`iterations.state.${i.state}`) })}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="button button--primary" onClick={() => setEditing({ mode: 'new' })}>
          {t('iterations.new')}
        </button>
        {selected && selected.state !== 'closed' && (
          <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', iteration: selected })}>
            {t('iterations.edit')}
          </button>
        )}
        {selected?.state === 'planned' && (
          <button type="button" className="button" onClick={() => void start(selected)}>
            {t('iterations.start')}
          </button>
        )}
        {selected?.state === 'active' && (
          <button type="button" className="button" onClick={() => setClosing(selected)}>
            {t('iterations.close')}
          </button>
        )}
        {selected && selected.state !== 'active' && (
          <button type="button" className="button button--danger" onClick={() => setDeleting(selected)}>
            {t('iterations.delete')}
          </button>
        )}
        <span className="app__spacer" />
        <label className="iterations__parallel" title={t('iterations.parallelHint')}>
          <input
            type="checkbox"
            checked={product.settings.parallelIterations}
            onChange={(e) => void setParallel(e.target.checked)}
          />
          {t('iterations.parallel')}
        </label>
      </div>

      {!selected ? (
        <div className="board__empty">
          <h2>{t('iterations.empty.title')}</h2>
          <p>{t('iterations.empty.body')}</p>
        </div>
      ) : (
        <>
          <header className="iterations__head">
            <h2>
              {selected.name}{' '}
              <span className={`iterations__state iterations__state--${selected.state}`}>
                {t(`iterations.state.${selected.state}`)}
              </span>
            </h2>
            <p className="iterations__meta">
              {t('iterations.dates', {
                start: formatDay(selected.startDate, locale, 'short'),
                end: formatDay(selected.endDate, locale, 'short'),
              })}
              {selected.goal && <> · {t('iterations.goal', { goal: selected.goal })}</>}
            </p>
          </header>
          <PlanningBoard iteration={selected} data={data} cardScore={product.settings.cardScore} />
        </>
      )}

      <div className="iterations__charts">
        <BurndownChart iteration={burndownOf} data={data} productId={product.id} />
        <VelocityChart iterations={data.iterations} />
      </div>

      {editing && (
        <IterationEditor
          productId={product.id}
          iteration={editing.mode === 'edit' ? editing.iteration : null}
          count={data.iterations.length}
          members={[...data.members.values()].filter((m) => !m.deleted)}
          onClose={(saved) => {
            setEditing(null);
            if (saved) setSelectedId(saved.id);
          }}
        />
      )}
      {deleting && (
        <DeleteIterationDialog
          iteration={deleting}
          onClose={(deleted) => {
            setDeleting(null);
            if (deleted) setSelectedId(null);
          }}
        />
      )}
      {closing && (
        <CloseIterationDialog
          iteration={closing}
          data={data}
          onClose={(closed) => {
            setClosing(null);
            if (closed) setSelectedId(closed.id);
          }}
        />
      )}
    </section>
  );
}
