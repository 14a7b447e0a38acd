// Undo entries of the iterations view: planning, start, close, delete, and the
// parallel-iterations setting. Built outside the components so an entry holds
// only the values it replays.
import { iterationRepository, type IterationChange, type IterationPatch } from '../../db/iterationsAccess';
import type { CarryOverChoice } from '../../domain/iterations/carryOver';
import type { Iteration } from '../../domain/iterations/types';
import type { Product, Requirement } from '../../domain/types';
import { type HistoryEntry } from '../../state/history';
import { guardedEntry, guardedRowsEntry } from '../../state/guardedEntry';
import { trackSave } from '../../state/saveStatus';
import { settingEntry } from '../sharedHistory';

/** A requirement planned into an iteration or back to the backlog (`after.iterationId` null). */
export function planEntry(before: Requirement, after: Requirement, iterationName: string): HistoryEntry {
  const { id, title } = after;
  return guardedEntry<string | null>({
    describe: (t) =>
      after.iterationId === null
        ? t('iterations.history.unplan', { title })
        : t('iterations.history.plan', { title, name: iterationName }),
    id,
    version: after.version,
    before: before.iterationId,
    after: after.iterationId,
    write: async (iterationId, ifVersion) =>
      (await trackSave(iterationRepository.planRequirement(id, iterationId, { ifVersion }))).version,
  });
}

export type IterationAction = { kind: 'start' } | { kind: 'close'; choices: CarryOverChoice } | { kind: 'delete' };

function redoAction(id: string, action: IterationAction, ifVersion: number): Promise<IterationChange> {
  switch (action.kind) {
    case 'start':
      return iterationRepository.startIteration(id, { ifVersion }).then((iteration) => ({ iteration, movedOut: [] }));
    case 'close':
      return iterationRepository.closeIteration(id, action.choices, { ifVersion });
    case 'delete':
      return iterationRepository.deleteIteration(id, { ifVersion });
  }
}

/**
 * Start, close or delete of `before`, as `change` wrote it. Undo gives the
 * iteration its earlier state back and returns the requirements the action
 * took out (close carried them over, delete sent them to the backlog), except
 * any changed since; redo does the action again.
 */
export function iterationActionEntry(
  before: Iteration,
  action: IterationAction,
  change: IterationChange,
): HistoryEntry {
  const { id, name } = before;
  const { state, committedPoints, completedPoints, startedAt, closedAt, deleted } = before;
  let movedOut = change.movedOut;
  return guardedEntry<'before' | 'after'>({
    describe: (t) => t(`iterations.history.${action.kind}`, { name }),
    id,
    version: change.iteration.version,
    before: 'before',
    after: 'after',
    write: async (to, ifVersion) => {
      if (to === 'before') {
        const status = { state, committedPoints, completedPoints, startedAt, closedAt, deleted };
        return (await trackSave(iterationRepository.revertIteration(id, status, movedOut, { ifVersion }))).version;
      }
      const redone = await trackSave(redoAction(id, action, ifVersion));
      movedOut = redone.movedOut;
      return redone.iteration.version;
    },
  });
}

/**
 * A close that created the next iteration (`change.created`) in the same
 * transaction: undo makes `before` active again with its carried work and
 * deletes the new iteration, in one transaction; redo brings the same new
 * iteration back and closes again with the same choices.
 */
export function closeIntoNextEntry(
  before: Iteration,
  choices: CarryOverChoice,
  change: Required<IterationChange>,
): HistoryEntry {
  const { id, name } = before;
  const { state, committedPoints, completedPoints, startedAt, closedAt, deleted } = before;
  const createdId = change.created.id;
  let movedOut = change.movedOut;
  return guardedRowsEntry<'before' | 'after'>({
    describe: (t) => t('iterations.history.closeIntoNext', { name, next: change.created.name }),
    // The new iteration did not exist before: 0 only names that state for the history's version map.
    versions: {
      before: { [id]: change.iteration.version - 1, [createdId]: 0 },
      after: { [id]: change.iteration.version, [createdId]: change.created.version },
    },
    before: 'before',
    after: 'after',
    write: async (to, expected) => {
      const ifVersion = expected[id] ?? 0;
      const createdVersion = expected[createdId] ?? 0;
      if (to === 'before') {
        const status = { state, committedPoints, completedPoints, startedAt, closedAt, deleted };
        const reverted = await trackSave(
          iterationRepository.revertIteration(
            id,
            status,
            movedOut,
            { ifVersion },
            { id: createdId, ifVersion: createdVersion },
          ),
        );
        const dropped = await iterationRepository.getIteration(createdId);
        return { [id]: reverted.version, [createdId]: dropped?.version ?? 0 };
      }
      const redone = await trackSave(
        iterationRepository.closeIteration(
          id,
          choices,
          { ifVersion },
          { reviveId: createdId, ifVersion: createdVersion },
        ),
      );
      movedOut = redone.movedOut;
      return { [id]: redone.iteration.version, [createdId]: redone.created?.version ?? 0 };
    },
  });
}

/** Whether the product runs several iterations at once. */
export function parallelIterationsEntry(before: Product, after: Product): HistoryEntry {
  return settingEntry('parallelIterations', before, after, (t, product) =>
    t('iterations.history.parallel', { product }),
  );
}

const EDITABLE = ['name', 'goal', 'startDate', 'endDate', 'capacityUnit', 'capacity', 'memberCapacity'] as const;

function editable(row: Iteration): IterationPatch {
  return Object.fromEntries(EDITABLE.map((key) => [key, row[key]])) as IterationPatch;
}

/** An edit of an iteration's name, goal, dates or capacity. */
export function iterationEditEntry(before: Iteration, after: Iteration): HistoryEntry {
  const { id, name } = after;
  return guardedEntry<IterationPatch>({
    describe: (t) => t('iterations.history.edit', { name }),
    id,
    version: after.version,
    before: editable(before),
    after: editable(after),
    write: async (patch, ifVersion) =>
      (await trackSave(iterationRepository.updateIteration(id, patch, { ifVersion })))?.version ?? null,
  });
}

/** A new iteration: undo deletes it (soft, it holds nothing yet), redo brings the same one back. */
export function iterationCreatedEntry(created: Iteration): HistoryEntry {
  const { id, name, state, committedPoints, completedPoints, startedAt, closedAt } = created;
  let movedOut: IterationChange['movedOut'] = [];
  return guardedEntry<boolean>({
    describe: (t) => t('iterations.history.create', { name }),
    id,
    version: created.version,
    before: true,
    after: false,
    write: async (deleted, ifVersion) => {
      if (!deleted) {
        const status = { state, committedPoints, completedPoints, startedAt, closedAt, deleted: false };
        return (await trackSave(iterationRepository.revertIteration(id, status, movedOut, { ifVersion }))).version;
      }
      const change = await trackSave(iterationRepository.deleteIteration(id, { ifVersion }));
      movedOut = change.movedOut;
      return change.iteration.version;
    },
  });
}
