import type { Announcements } from '@dnd-kit/core';
import type { Translate } from '../../../i18n/translate';
import type { ColumnIds } from './dragPreview';
import { stageOf } from './dragPreview';

interface Lookup {
  title: (id: string) => string;
  stageName: (stageId: string) => string;
  /** The columns as the user currently sees them (the drag preview). */
  columns: () => ColumnIds;
  /** The stage the requirement is saved in, where a cancelled drag returns it. */
  savedStageOf: (id: string) => string | null;
}

/** Screen-reader sentences naming the card, the stage and the position, not raw ids (dnd-kit's default). */
export function boardAnnouncements(t: Translate, lookup: Lookup): Announcements {
  /** Where the card would land: over a card of its own stage, that card's slot (the sortable's preview). */
  function where(activeId: string, overId?: string) {
    const columns = lookup.columns();
    const stageId = stageOf(columns, activeId);
    const ids = stageId ? (columns[stageId] ?? []) : [];
    const overIndex = overId !== undefined && overId !== stageId ? ids.indexOf(overId) : -1;
    return {
      title: lookup.title(activeId),
      stage: stageId ? lookup.stageName(stageId) : '',
      position: (overIndex >= 0 ? overIndex : ids.indexOf(activeId)) + 1,
      total: ids.length,
    };
  }
  return {
    onDragStart: ({ active }) => t('dnd.pickedUp', where(String(active.id))),
    onDragOver: ({ active, over }) =>
      over ? t('dnd.over', where(String(active.id), String(over.id))) : t('dnd.overNothing', { title: lookup.title(String(active.id)) }),
    onDragEnd: ({ active, over }) => t('dnd.dropped', where(String(active.id), over ? String(over.id) : undefined)),
    onDragCancel: ({ active }) => {
      const id = String(active.id);
      const stageId = lookup.savedStageOf(id);
      return t('dnd.cancelled', { title: lookup.title(id), stage: stageId ? lookup.stageName(stageId) : '' });
    },
  };
}
