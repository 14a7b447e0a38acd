import { useId, useState, type FormEvent } from 'react';
import { competitorRepository } from '../../db/evidenceAccess';
import type { Capability, CapabilityCell, Competitor } from '../../domain/competitors/types';
import type { Requirement } from '../../domain/types';
import { recordChange, undo } from '../../state/history';
import { showToast } from '../../state/toasts';
import { useT } from '../../ui/useT';
import { CellEditor } from './CellEditor';
import {
  capabilityCellEntry,
  capabilityLinkEntry,
  capabilityRenameEntry,
  capabilityTrashEntry,
} from './competitorHistory';
import { LEVEL_ICON } from './levels';
import { RequirementPicker } from './RequirementPicker';
import { useTrackedSave } from '../../ui/useTrackedSave';

/** Our own column's key in a capability's cells (see src/db/competitors.ts OURS). */
const OURS = 'ours';
const UNKNOWN: CapabilityCell = { level: 'unknown', note: '' };

interface MatrixTableProps {
  competitors: readonly Competitor[];
  capabilities: readonly Capability[];
  requirements: readonly Requirement[];
}

interface OpenCell {
  capability: Capability;
  columnId: string;
  columnName: string;
}

/** Capabilities × (us + competitors): each cell a button that opens its editor; the last column links requirements. */
export function MatrixTable({ competitors, capabilities, requirements }: MatrixTableProps) {
  const t = useT();
  const save = useTrackedSave();
  const [open, setOpen] = useState<OpenCell | null>(null);
  const titles = new Map(requirements.map((r) => [r.id, r.title]));
  const columns = [{ id: OURS, name: t('matrix.us') }, ...competitors.map((c) => ({ id: c.id, name: c.name }))];
  const cellOf = (capability: Capability, columnId: string) =>
    columnId === OURS ? capability.ours : (capability.cells[columnId] ?? UNKNOWN);

  const link = async (capability: Capability, requirementId: string, linked: boolean) => {
    const write = linked ? competitorRepository.linkRequirement : competitorRepository.unlinkRequirement;
    const saved = await save(write(capability.id, requirementId));
    if (saved && saved.version !== capability.version) recordChange(capabilityLinkEntry(saved, requirementId, linked));
  };

  const setCell = async ({ capability, columnId }: OpenCell, cell: CapabilityCell) => {
    const saved = await save(competitorRepository.setCell(capability.id, columnId, cell));
    if (saved)
      recordChange(capabilityCellEntry(cellOf(capability, columnId), saved, columnId, cellOf(saved, columnId)));
    return saved !== undefined;
  };

  return (
    <div className="matrix__scroll">
      <table className="matrix">
        <caption>{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.capability')}</th>
            {columns.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
              </th>
            ))}
            <th scope="col">{t('matrix.requirements')}</th>
          </tr>
        </thead>
        <tbody>
          {capabilities.map((capability) => (
            <tr key={capability.id}>
              <CapabilityHeader capability={capability} />
              {columns.map((column) => {
                const cell = cellOf(capability, column.id);
                const label = t(`matrix.level.${cell.level}`);
                return (
                  <td key={column.id} className={`matrix__cell level--${cell.level}`}>
                    <button
                      type="button"
                      className="matrix__level"
                      aria-label={t('matrix.cellLabel', {
                        capability: capability.name,
                        column: column.name,
                        level: label,
                      })}
                      onClick={() => setOpen({ capability, columnId: column.id, columnName: column.name })}
                    >
                      <span aria-hidden="true" className="level__icon">
                        {LEVEL_ICON[cell.level]}
                      </span>
                      <span>{label}</span>
                    </button>
                    {cell.note && <small className="matrix__note">{cell.note}</small>}
                  </td>
                );
              })}
              <td className="matrix__requirements">
                {capability.requirementIds.some((id) => titles.has(id)) && (
                  <ul className="chips">
                    {capability.requirementIds
                      .filter((id) => titles.has(id))
                      .map((id) => (
                        <li key={id} className="chip">
                          <span>{titles.get(id)}</span>
                          <button
                            type="button"
                            className="button button--icon"
                            aria-label={t('matrix.unlink', {
                              title: titles.get(id) ?? '',
                              capability: capability.name,
                            })}
                            onClick={() => void link(capability, id, false)}
                          >
                            <span aria-hidden="true">×</span>
                          </button>
                        </li>
                      ))}
                  </ul>
                )}
                <RequirementPicker
                  label={t('matrix.link', { capability: capability.name })}
                  requirements={requirements.filter((r) => !capability.requirementIds.includes(r.id))}
                  onPick={(id) => void link(capability, id, true)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <CellEditor
          key={`${open.capability.id}-${open.columnId}`}
          title={t('matrix.cellEdit', { capability: open.capability.name, column: open.columnName })}
          cell={cellOf(open.capability, open.columnId)}
          onSave={(cell) => setCell(open, cell)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}

/** The row header: the capability's name, renamed in place, or removed with undo. */
function CapabilityHeader({ capability }: { capability: Capability }) {
  const t = useT();
  const save = useTrackedSave();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(capability.name);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const saved = await save(competitorRepository.renameCapability(capability.id, name));
    if (saved === undefined) return;
    if (saved) recordChange(capabilityRenameEntry(capability, saved));
    setRenaming(false);
  };

  const remove = async () => {
    const removed = await save(competitorRepository.deleteCapability(capability.id));
    if (!removed) return;
    const entry = capabilityTrashEntry(removed, false);
    recordChange(entry);
    showToast({
      tone: 'info',
      message: t('capabilities.removed', { name: capability.name }),
      action: { label: t('competitors.undo'), run: () => void save(undo(entry)) },
    });
  };

  return (
    <th scope="row" className="matrix__capability">
      {renaming ? (
        <form onSubmit={(e) => void rename(e)} className="matrix__rename">
          <label htmlFor={id} className="visually-hidden">
            {t('capabilities.field.name')}
          </label>
          <input id={id} type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--primary">
            {t('competitors.save')}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t('competitors.cancel')}
          </button>
        </form>
      ) : (
        <>
          <span>{capability.name}</span>
          <span className="matrix__row-actions">
            <button
              type="button"
              className="button"
              aria-label={t('capabilities.rename', { name: capability.name })}
              onClick={() => {
                setName(capability.name);
                setRenaming(true);
              }}
            >
              {t('capabilities.renameShort')}
            </button>
            <button
              type="button"
              className="button button--danger"
              aria-label={t('capabilities.remove', { name: capability.name })}
              onClick={() => void remove()}
            >
              {t('competitors.removeShort')}
            </button>
          </span>
        </>
      )}
    </th>
  );
}
