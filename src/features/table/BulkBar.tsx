import { useId, useState } from 'react';
import type { BulkChange } from '../../db/tableAccess';
import { PRIORITIES, type Member, type Stage } from '../../domain/types';
import { undo, type HistoryEntry } from '../../state/history';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { stageDisplayName } from '../../ui/stageName';
import { MemberOptions } from '../../ui/MemberOptions';
import { useT } from '../../ui/useT';
import { runBulk } from './tableActions';

interface BulkBarProps {
  ids: readonly string[];
  stages: Stage[];
  members: Map<string, Member>;
  onDone: (change: BulkChange) => void;
  onClear: () => void;
}

const NONE = '\u0000none';

/** Actions on every selected requirement at once; each is one write and one undo step. */
export function BulkBar({ ids, stages, members, onDone, onClear }: BulkBarProps) {
  const t = useT();
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const tagId = useId();

  const apply = (change: BulkChange) => {
    if (busy) return;
    setBusy(true);
    const stage = change.kind === 'move' ? stages.find((s) => s.id === change.stageId) : undefined;
    runBulk(ids, change, stage)
      .then(({ entry, count }) => {
        onDone(change);
        if (change.kind === 'addTag') setTag('');
        showToast({
          tone: 'info',
          message: t('table.bulk.done', { count }),
          action: entry ? undoAction(entry) : undefined,
        });
      })
      .catch((error: unknown) =>
        showToast({ tone: 'error', message: t('table.bulk.failed', { message: describeError(error, t) }) }),
      )
      .finally(() => setBusy(false));
  };

  const undoAction = (entry: HistoryEntry) => ({
    label: t('history.undo'),
    run: () =>
      void undo(entry).catch((error: unknown) => showToast({ tone: 'error', message: describeError(error, t) })),
  });

  return (
    <div className="table__bulk" role="group" aria-label={t('table.bulk.label')}>
      <span className="table__bulk-count" role="status">
        {t('table.selected', { count: ids.length })}
      </span>
      <select
        aria-label={t('table.bulk.move')}
        value=""
        disabled={busy}
        onChange={(event) => event.target.value && apply({ kind: 'move', stageId: event.target.value })}
      >
        <option value="">{t('table.bulk.move')}</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stageDisplayName(stage, t)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('table.bulk.owner')}
        value=""
        disabled={busy}
        onChange={(event) =>
          event.target.value &&
          apply({ kind: 'owner', ownerId: event.target.value === NONE ? null : event.target.value })
        }
      >
        <option value="">{t('table.bulk.owner')}</option>
        <MemberOptions members={[...members.values()]} />
        <option value={NONE}>{t('table.owner.none')}</option>
      </select>
      <select
        aria-label={t('table.bulk.priority')}
        value=""
        disabled={busy}
        onChange={(event) => {
          const priority = PRIORITIES.find((p) => p === event.target.value);
          if (priority) apply({ kind: 'priority', priority });
        }}
      >
        <option value="">{t('table.bulk.priority')}</option>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <form
        className="table__bulk-tag"
        onSubmit={(event) => {
          event.preventDefault();
          if (tag.trim() !== '') apply({ kind: 'addTag', tag });
        }}
      >
        <label htmlFor={tagId} className="visually-hidden">
          {t('table.bulk.tag')}
        </label>
        <input
          id={tagId}
          value={tag}
          maxLength={50}
          placeholder={t('table.bulk.tag')}
          onChange={(event) => setTag(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy || tag.trim() === ''}>
          {t('table.bulk.tagApply')}
        </button>
      </form>
      <button type="button" className="button" disabled={busy} onClick={() => apply({ kind: 'archive' })}>
        {t('table.bulk.archive')}
      </button>
      <button type="button" className="button button--danger" disabled={busy} onClick={() => apply({ kind: 'delete' })}>
        {t('table.bulk.delete')}
      </button>
      <button type="button" className="button button--link" onClick={onClear}>
        {t('table.bulk.clear')}
      </button>
    </div>
  );
}
