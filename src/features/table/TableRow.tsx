import { memo, type CSSProperties } from 'react';
import {
  dayString,
  PRIORITIES,
  type Member,
  type Requirement,
  type RequirementPatch,
  type Stage,
} from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { EditLock } from '../../ui/EditLock';
import { stageDisplayName } from '../../ui/stageName';
import { MemberOptions } from '../../ui/MemberOptions';
import { useLocale, useT } from '../../ui/useT';
import { Highlighted } from '../search';
import type { TableColumn } from './columns';
import { EditableText } from './EditableText';
import { editFromTable, moveFromTable } from './tableActions';
import { formatNumber } from '../../i18n/format';
import { formatDateTime } from '../../i18n/formatTime';

export interface RowContext {
  stages: Stage[];
  members: Map<string, Member>;
  /** Where a row moved here lands: above the stage's first card. */
  topRankOf: (stageId: string) => string;
}

interface TableRowProps {
  row: Requirement;
  /** Position among the rows shown, from 0. */
  index: number;
  columns: readonly TableColumn[];
  score: number | null;
  selected: boolean;
  context: RowContext;
  style: CSSProperties;
  onSelect: (id: string, index: number, selected: boolean, range: boolean) => void;
}

function TableRowView({ row, index, columns, score, selected, context, style, onSelect }: TableRowProps) {
  const t = useT();
  const locale = useLocale();
  const columnName = (column: TableColumn) => t(`table.col.${column}`);
  const editLabel = (column: TableColumn) => t('table.edit', { column: columnName(column), title: row.title });
  const failed = (error: unknown) =>
    showToast({ tone: 'error', message: t('table.edit.failed', { message: describeError(error, t) }) });
  const edit = (patch: RequirementPatch) => void editFromTable(row, patch).catch(failed);

  const cell = (column: TableColumn) => {
    switch (column) {
      case 'title':
        return (
          <EditableText
            value={row.title}
            display={<Highlighted text={row.title} />}
            label={editLabel('title')}
            onCommit={(title) => (title.trim() === '' ? undefined : edit({ title }))}
          />
        );
      case 'stage':
        return (
          <select
            aria-label={editLabel('stage')}
            value={row.stageId}
            onChange={(event) => {
              const stage = context.stages.find((s) => s.id === event.target.value);
              if (stage) void moveFromTable(row, stage, context.topRankOf(stage.id)).catch(failed);
            }}
          >
            {context.stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stageDisplayName(stage, t)}
              </option>
            ))}
          </select>
        );
      case 'type':
        return t(`type.${row.type}`);
      case 'priority':
        return (
          <select
            aria-label={editLabel('priority')}
            value={row.priority}
            onChange={(event) => {
              const priority = PRIORITIES.find((p) => p === event.target.value);
              if (priority) edit({ priority });
            }}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        );
      case 'score':
        return score === null ? '' : formatNumber(score, locale, 1);
      case 'owner':
        return (
          <select
            aria-label={editLabel('owner')}
            value={row.ownerId ?? ''}
            onChange={(event) => edit({ ownerId: event.target.value || null })}
          >
            <option value="">{t('table.owner.none')}</option>
            <MemberOptions members={[...context.members.values()]} current={row.ownerId} />
            {row.ownerId && !context.members.has(row.ownerId) && <option value={row.ownerId}>{row.ownerId}</option>}
          </select>
        );
      case 'estimate':
        return (
          <EditableText
            type="number"
            value={row.estimate === null ? '' : String(row.estimate)}
            display={row.estimate === null ? '' : String(row.estimate)}
            label={editLabel('estimate')}
            onCommit={(text) => {
              const estimate = text.trim() === '' ? null : Number(text);
              if (estimate === null || (Number.isFinite(estimate) && estimate >= 0)) edit({ estimate });
            }}
          />
        );
      case 'due':
        return (
          <EditableText
            type="date"
            value={row.dueDate ?? ''}
            display={row.dueDate ?? ''}
            label={editLabel('due')}
            onCommit={(text) => {
              if (text === '') edit({ dueDate: null });
              else if (dayString.safeParse(text).success) edit({ dueDate: text });
            }}
          />
        );
      case 'tags':
        return row.tags.join(', ');
      case 'updated':
        return formatDateTime(row.updatedAt, locale);
    }
  };

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={selected ? 'table__row table__row--selected' : 'table__row'}
      style={style}
      data-requirement-id={row.id}
    >
      <div role="cell" className="table__cell table__cell--check">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('table.select.row', { title: row.title })}
          // The click, not the change, says whether Shift was held (a range); Space on the box clicks too.
          onClick={(event) => onSelect(row.id, index, event.currentTarget.checked, event.shiftKey)}
          onChange={() => {}}
        />
      </div>
      <div role="cell" className="table__cell table__cell--open">
        <button
          type="button"
          className="button button--link"
          aria-label={t('table.open.label', { title: row.title })}
          onClick={() => openRequirement(row.id)}
        >
          {t('table.open')}
        </button>
      </div>
      {columns.map((column) => (
        <div key={column} role="cell" className={`table__cell table__cell--${column}`}>
          <EditLock productId={row.productId}>{cell(column)}</EditLock>
        </div>
      ))}
    </div>
  );
}

export const TableRow = memo(TableRowView);
