// English names of undoable changes ("Undo: move …"); they load with the code that records them.
export const historyEn = {
  'history.undone': 'Undone: {action}',
  'history.redone': 'Redone: {action}',
  'history.move': 'move “{title}” to {stage}',
  'history.create': 'add “{title}”',
  'history.edit': 'edit “{title}”',
  'history.delete': 'delete “{title}”',
  'history.archive': 'archive “{title}”',
  'history.restore': 'restore “{title}”',
  'history.duplicate': 'duplicate “{title}”',
};
