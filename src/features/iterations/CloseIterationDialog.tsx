import { useId, useState } from 'react';
import { iterationRepository } from '../../db/iterationsAccess';
import { completedPoints, NEW_ITERATION, splitByDone, type CarryOverChoice } from '../../domain/iterations/carryOver';
import { hasNextPlanned, nextIterationDraft } from '../../domain/iterations/nextIteration';
import type { Iteration } from '../../domain/iterations/types';
import { recordChange } from '../../state/history';
import { showToast } from '../../state/toasts';
import { Dialog } from '../../ui/Dialog';
import { useLocale, useT } from '../../ui/useT';
import { formatDay } from '../../i18n/format';
import { formatPoints } from './format';
import { closeIntoNextEntry, iterationActionEntry } from './iterationHistory';
import type { IterationsData } from './useIterationsData';
import { useWrite } from './useWrite';

const BACKLOG = '';

/** Lists what is unfinished and closes the iteration, carrying each item where the PM says, in one write. */
export function CloseIterationDialog({
  iteration,
  data,
  onClose,
}: {
  iteration: Iteration;
  data: IterationsData;
  onClose: (closed: Iteration | null) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const write = useWrite();
  const id = useId();
  const { unfinished } = splitByDone(data.requirements, iteration.id, data.doneStageIds);
  const targets = data.iterations.filter((i) => i.id !== iteration.id && i.state !== 'closed');
  const next = targets.find((i) => i.state === 'planned' && i.startDate >= iteration.startDate) ?? targets[0];
  // No planned iteration follows: offer the next one, created in the same write as the close.
  const draft = hasNextPlanned(iteration, data.iterations) ? null : nextIterationDraft(iteration);
  const [createNext, setCreateNext] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(unfinished.map((r) => [r.id, next?.id ?? BACKLOG])),
  );
  const completed = completedPoints(data.requirements, iteration.id, data.doneStageIds);

  const options = (
    <>
      {createNext && draft && (
        <option value={NEW_ITERATION}>{t('iterations.closeDialog.newOption', { name: draft.name })}</option>
      )}
      {targets.map((i) => (
        <option key={i.id} value={i.id}>
          {t('iterations.option', { name: i.name, state: t(`iterations.state.${i.state}`) })}
        </option>
      ))}
      <option value={BACKLOG}>{t('iterations.closeDialog.backlog')}</option>
    </>
  );

  // Ticking it sends what was going to the backlog into the new iteration; unticking undoes that.
  const offerNext = (on: boolean) => {
    setCreateNext(on);
    const [from, to] = on ? [BACKLOG, NEW_ITERATION] : [NEW_ITERATION, BACKLOG];
    setChoices((c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === from ? to : v])));
  };

  const closeWithCarryOver = async () => {
    const plan: CarryOverChoice = {};
    const next = createNext && draft ? { input: draft } : undefined;
    for (const r of unfinished) {
      const choice = choices[r.id] ?? BACKLOG;
      // The new iteration was picked, then unticked: back to the backlog rather than nowhere.
      plan[r.id] = (choice === NEW_ITERATION && !next ? BACKLOG : choice) || null;
    }
    const change = await write(iterationRepository.closeIteration(iteration.id, plan, undefined, next));
    if (change) {
      const { created } = change;
      recordChange(
        created
          ? closeIntoNextEntry(iteration, plan, { ...change, created })
          : iterationActionEntry(iteration, { kind: 'close', choices: plan }, change),
      );
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
          <button type="button" className="button button--primary" onClick={() => void closeWithCarryOver()}>
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
      {draft && (
        <label className="close-iteration__next">
          <input type="checkbox" checked={createNext} onChange={(e) => offerNext(e.target.checked)} />
          {t('iterations.closeDialog.createNext', {
            name: draft.name,
            dates: t('iterations.dates', {
              start: formatDay(draft.startDate, locale, 'short'),
              end: formatDay(draft.endDate, locale, 'short'),
            }),
          })}
        </label>
      )}
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
              onChange={(e) =>
                setChoices(
                  Object.fromEntries(unfinished.map((r) => [r.id, e.target.value === '-' ? BACKLOG : e.target.value])),
                )
              }
            >
              <option value="" disabled>
                …
              </option>
              {createNext && draft && (
                <option value={NEW_ITERATION}>{t('iterations.closeDialog.newOption', { name: draft.name })}</option>
              )}
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
