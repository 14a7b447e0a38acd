import { useId, useState } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { completedPoints, splitByDone, type CarryOverChoice } from '../../domain/iterations/carryOver';
import type { Iteration } from '../../domain/iterations/types';
import { recordChange } from '../../state/history';
import { showToast } from '../../state/toasts';
import { Dialog } from '../../ui/Dialog';
import { useLocale, useT } from '../../ui/useT';
import { formatPoints } from './format';
import { iterationActionEntry } from './iterationHistory';
import type { IterationsData } from './useIterationsData';
import { useWrite } from './useWrite';

const BACKLOG = '';

/** Lists what is unfinished and closes the iteration, carrying each item where the PM says, in one write. */
export function CloseIterationDialog({ iteration, data, onClose }: { iteration: Iteration; data: IterationsData; onClose: (closed: Iteration | null) => void }) {
  const t = useT();
  const locale = useLocale();
  const write = useWrite();
  const id = useId();
  const { unfinished } = splitByDone(data.requirements, iteration.id, data.doneStageIds);
  const targets = data.iterations.filter((i) => i.id !== iteration.id && i.state !== 'closed');
  const next = targets.find((i) => i.state === 'planned' && i.startDate >= iteration.startDate) ?? targets[0];
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(unfinished.map((r) => [r.id, next?.id ?? BACKLOG])));
  const completed = completedPoints(data.requirements, iteration.id, data.doneStageIds);

  const options = (
    <>
      {targets.map((i) => (
        <option key={i.id} value={i.id}>
          {t('iterations.option', { name: i.name, state: t(`iterations.state.${i.state}`) })}
        </option>
      ))}
      <option value={BACKLOG}>{t('iterations.closeDialog.backlog')}</option>
    </>
  );

  const confirm = async () => {
    const plan: CarryOverChoice = {};
    for (const r of unfinished) plan[r.id] = (choices[r.id] ?? BACKLOG) || null;
    const change = await write(iterationRepository.closeIteration(iteration.id, plan));
    if (change) {
      recordChange(iterationActionEntry(iteration, { kind: 'close', choices: plan }, change));
      showToast({ tone: 'info', message: t('iterations.closed', { name: change.iteration.name }) });
      onClose(change.iteration);
    }
  };

  return (
    <Dialog
      open
      title={t('iterations.closeDialog.title', { name: iteration.name })}
      onClose={() => onClose(null)}
      className="close-iteration"
      footer={
        <>
          <button type="button" className="button" onClick={() => onClose(null)}>
            {t('iterations.closeDialog.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void confirm()}>
            {t('iterations.closeDialog.confirm')}
          </button>
        </>
      }
    >
      <p>
        {t('iterations.closeDialog.summary', {
          completed: formatPoints(completed, locale),
          committed: formatPoints(iteration.committedPoints ?? 0, locale),
        })}
      </p>
      {unfinished.length === 0 ? (
        <p>{t('iterations.closeDialog.allDone')}</p>
      ) : (
        <fieldset className="close-iteration__list">
          <legend>{t('iterations.closeDialog.unfinished')}</legend>
          <div className="field">
            <label htmlFor={`${id}-all`}>{t('iterations.closeDialog.moveAll')}</label>
            <select
              id={`${id}-all`}
              value=""
              onChange={(e) => setChoices(Object.fromEntries(unfinished.map((r) => [r.id, e.target.value === '-' ? BACKLOG : e.target.value])))}
            >
              <option value="" disabled>
                …
              </option>
              {targets.map((i) => (
                <option key={i.id} value={i.id}>
                  {t('iterations.option', { name: i.name, state: t(`iterations.state.${i.state}`) })}
                </option>
              ))}
              <option value="-">{t('iterations.closeDialog.backlog')}</option>
            </select>
          </div>
          <ul>
            {unfinished.map((r) => (
              <li key={r.id} className="close-iteration__item">
                <span>{r.title}</span>
                <select
                  aria-label={t('iterations.closeDialog.target', { title: r.title })}
                  value={choices[r.id] ?? BACKLOG}
                  onChange={(e) => setChoices((c) => ({ ...c, [r.id]: e.target.value }))}
                >
                  {options}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </Dialog>
  );
}
