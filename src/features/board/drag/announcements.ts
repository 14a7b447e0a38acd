import type { Announcements } from '@dnd-kit/core';
import type { Translate } from '../../../i18n/translate';
import type { ColumnIds } from './dragPreview';
import { stageOf } from './dragPreview';

export interface Lookup {
  title: (id: string) => string;
  stageName: (stageId: string) => string;
  /** The columns as the user currently sees them (the drag preview). */
  columns: () => ColumnIds;
  /** The stage the requirement is saved in, where a cancelled drag returns it. */
  savedStageOf: (id: string) => string | null;
}

/** Where the card would land: its place in the preview. */
function placeOf(lookup: Lookup, activeId: string) {
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

/** The sentence for a card's current place while it is being dragged. */
export function describePlace(t: Translate, lookup: Lookup, activeId: string): string {
  return t('dnd.over', placeOf(lookup, activeId));
}

/**
 * Screen-reader sentences naming the card, the stage and the position, not
 * raw ids (dnd-kit's default). dnd-kit speaks when the target column changes;
 * a keyboard move inside a column changes no target, so the board announces
 * those itself (see Board).
 */
export function boardAnnouncements(t: Translate, lookup: Lookup): Announcements {
  return {
    onDragStart: ({ active }) => t('dnd.pickedUp', placeOf(lookup, String(active.id))),
    onDragOver: ({ active, over }) =>
      over
        ? describePlace(t, lookup, String(active.id))
        : t('dnd.overNothing', { title: lookup.title(String(active.id)) }),
    onDragEnd: ({ active }) => t('dnd.dropped', placeOf(lookup, String(active.id))),
    onDragCancel: ({ active }) => {
      const id = String(active.id);
      const stageId = lookup.savedStageOf(id);
      return t('dnd.cancelled', { title: lookup.title(id), stage: stageId ? lookup.stageName(stageId) : '' });
    },
  };
}
