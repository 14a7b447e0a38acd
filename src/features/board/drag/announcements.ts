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

/**
 * Screen-reader sentences naming the card, the stage and the position, not
 * raw ids (dnd-kit's default). A move inside a column changes no drop target,
 * so moves are announced too, each new place once.
 */
export function boardAnnouncements(t: Translate, lookup: Lookup): Announcements {
  /** Where the card would land: its place in the preview. */
  function where(activeId: string) {
    const columns = lookup.columns();
    const stageId = stageOf(columns, activeId);
    const ids = stageId ? (columns[stageId] ?? []) : [];
    return {
      title: lookup.title(activeId),
      stage: stageId ? lookup.stageName(stageId) : '',
      position: ids.indexOf(activeId) + 1,
      total: ids.length,
    };
  }
  let last: string | undefined;
  const once = (message: string) => (message === last ? undefined : (last = message));
  const place = (activeId: string, hasTarget: boolean) =>
    once(hasTarget ? t('dnd.over', where(activeId)) : t('dnd.overNothing', { title: lookup.title(activeId) }));
  return {
    onDragStart: ({ active }) => (last = t('dnd.pickedUp', where(String(active.id)))),
    onDragOver: ({ active, over }) => place(String(active.id), over !== null),
    onDragMove: ({ active, over }) => place(String(active.id), over !== null),
    onDragEnd: ({ active }) => {
      last = undefined;
      return t('dnd.dropped', where(String(active.id)));
    },
    onDragCancel: ({ active }) => {
      last = undefined;
      const id = String(active.id);
      const stageId = lookup.savedStageOf(id);
      return t('dnd.cancelled', { title: lookup.title(id), stage: stageId ? lookup.stageName(stageId) : '' });
    },
  };
}
