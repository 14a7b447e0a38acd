import { useId, useState } from 'react';
import type { Lane } from '../../domain/roadmap/types';
import { setLaneManagerOpen } from '../../state/roadmapUi';
import { Dialog } from '../../ui/Dialog';
import { useT } from '../../ui/useT';
import { useTrackedSave } from '../../ui/useTrackedSave';
import { addLane, deleteLane, editLane, moveLane } from './laneHistory';
import type { RoadmapData } from './useRoadmapData';

const NEW_LANE_COLORS = ['#2563eb', '#db2777', '#16a34a', '#d97706', '#7c3aed', '#0d9488', '#64748b'];

/** Lanes are the roadmap's themes: add, rename, recolour, reorder and delete them. */
export function LaneManager({ productId, data }: { productId: string; data: RoadmapData }) {
  const t = useT();
  const save = useTrackedSave();
  const nameId = useId();
  const [name, setName] = useState('');
  const [color, setColor] = useState(NEW_LANE_COLORS[data.lanes.length % NEW_LANE_COLORS.length] ?? '#2563eb');

  const add = () => {
    if (!name.trim()) return;
    void save(addLane(productId, name, color));
    setName('');
    setColor(NEW_LANE_COLORS[(data.lanes.length + 1) % NEW_LANE_COLORS.length] ?? '#2563eb');
  };

  return (
    <Dialog open title={t('roadmap.lanes.title')} onClose={() => setLaneManagerOpen(false)} className="lane-manager">
      <ol className="lane-manager__list">
        {data.lanes.map((lane, index) => (
          <LaneRow key={lane.id} lane={lane} index={index} data={data} />
        ))}
      </ol>
      <form
        className="lane-manager__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>{t('roadmap.lanes.newName')}</label>
          <input id={nameId} type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        <input
          type="color"
          value={color}
          aria-label={t('roadmap.lanes.newColor')}
          onChange={(e) => setColor(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={!name.trim()}>
          {t('roadmap.lanes.add')}
        </button>
      </form>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => setLaneManagerOpen(false)}>
          {t('roadmap.dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}

function LaneRow({ lane, index, data }: { lane: Lane; index: number; data: RoadmapData }) {
  const t = useT();
  const save = useTrackedSave();
  const [name, setName] = useState(lane.name);
  const [color, setColor] = useState(lane.color);
  const [deleting, setDeleting] = useState(false);
  const others = data.lanes.filter((l) => l.id !== lane.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const held = data.initiatives.filter((i) => i.laneId === lane.id).length;

  const rename = () => {
    if (name.trim() && name.trim() !== lane.name) void save(editLane(lane, { name }));
    else setName(lane.name);
  };

  return (
    <li className="lane-manager__row">
      <input
        type="color"
        value={color}
        aria-label={t('roadmap.lanes.color', { lane: lane.name })}
        onChange={(e) => setColor(e.target.value)}
        // The picker reports every hue it passes through: write once, when the PM leaves it.
        onBlur={() => {
          if (color !== lane.color) void save(editLane(lane, { color }));
        }}
      />
      <input
        type="text"
        value={name}
        maxLength={100}
        aria-label={t('roadmap.lanes.name', { lane: lane.name })}
        onChange={(e) => setName(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            rename();
          }
        }}
      />
      <button
        type="button"
        className="button button--icon"
        disabled={index === 0}
        aria-label={t('roadmap.lanes.up', { lane: lane.name })}
        onClick={() => void save(moveLane(lane, index, index - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--icon"
        disabled={index === data.lanes.length - 1}
        aria-label={t('roadmap.lanes.down', { lane: lane.name })}
        onClick={() => void save(moveLane(lane, index, index + 1))}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--danger"
        onClick={() => setDeleting(true)}
        aria-label={t('roadmap.lanes.delete', { lane: lane.name })}
      >
        {t('roadmap.editor.delete')}
      </button>
      {deleting && (
        <div className="lane-manager__confirm" role="group" aria-label={t('roadmap.lanes.delete', { lane: lane.name })}>
          {held > 0 && others.length === 0 ? (
            <p>{t('roadmap.lanes.lastLane', { count: held })}</p>
          ) : (
            <>
              {held > 0 && (
                <label>
                  {t('roadmap.lanes.moveTo', { count: held })}{' '}
                  <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                    {others.map((l) => (
                      <option key={l.id} value={l.id}>
                        {l.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button
                type="button"
                className="button button--danger"
                onClick={() => void save(deleteLane(lane, held > 0 ? moveTo : null))}
              >
                {t('roadmap.lanes.confirmDelete')}
              </button>
            </>
          )}
          <button type="button" className="button" onClick={() => setDeleting(false)}>
            {t('roadmap.editor.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
