export const en = {
  'app.title': 'Cairn',
  'app.loading': 'Opening your board…',
  'app.skipToBoard': 'Skip to board',
  'list.shownOf': '{shown} of {total} shown.',
  'list.showMore': 'Show {count} more',

  'error.view.title': 'This view stopped working',
  'error.view.body':
    'Your work is safe: every change was saved on this device before it was shown. Try again, or reload the page.',
  'error.view.retry': 'Try again',

  'roadmap.nav.label': 'Views',
  'nav.board': 'Board',
  'nav.roadmap': 'Roadmap',
  'nav.prioritise': 'Prioritise',
  'nav.trash': 'Trash',
  'nav.feedback': 'Feedback',
  'nav.competitors': 'Competitors',
  'nav.analytics': 'Analytics',
  'nav.table': 'Table',
  'nav.iterations': 'Iterations',
  'nav.workload': 'Workload',
  'nav.review': 'Reviews',

  'error.stale': '“{title}” was changed since, here or in another tab, so nothing was undone or redone.',
  'error.wipBlocked':
    'A stage would pass its WIP limit of {limit}, so nothing was written. Raise the limit or choose another stage.',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'history.undoWhat': 'Undo: {action} (Ctrl+Z)',
  'history.redoWhat': 'Redo: {action} (Ctrl+Shift+Z)',
  'history.nothingToUndo': 'Nothing to undo',
  'history.nothingToRedo': 'Nothing to redo',

  'shell.more': 'More',
  'save.saved': 'Saved',
  'save.saving': 'Saving…',
  'save.failed': 'Not saved',

  'product.switcher': 'Product',

  'stage.inbox': 'Inbox',
  'stage.analysis': 'Analysis',
  'stage.design': 'Design',
  'stage.development': 'Development',
  'stage.testing': 'Testing',
  'stage.released': 'Released',
  'stage.review': 'Review',
  'stage.untitled': 'Untitled stage',

  'board.label': 'Board of {product}',
  'board.column.count': '{count} requirements',
  'board.column.wip': '{count} of {limit}',
  'board.column.wipOver': 'Over the WIP limit of {limit}',
  'board.column.empty': 'No requirements here yet',
  'board.quickAdd.label': 'Add a requirement to {stage}',
  'board.scroll.earlier': 'Scroll to earlier stages',
  'board.scroll.later': 'Scroll to later stages',
  'board.quickAdd.placeholder': '+ Add requirement (Enter)',
  'board.empty.title': 'This product has no requirements yet',
  'board.empty.body':
    'Type a title in the Inbox column and press Enter. Drag cards right as work moves through the lifecycle.',
  'board.filter.label': 'Filter requirements',
  'board.filter.placeholder': 'Search (/)',
  'board.filter.count': 'Showing {shown} of {total}',
  'board.filter.open': 'Filters',
  'board.filter.openCount': 'Filters ({count})',
  'board.filter.clear': 'Clear filters',
  'board.views.open': 'Saved views',
  'board.move.failed': 'The move was not saved: {message}',
  'board.move.wipBlocked': '{stage} is at its limit of {limit}. Finish something there first or raise the limit.',
  'board.add.failed': 'The requirement was not added: {message}',

  'card.roleDescription': 'draggable requirement',
  'card.priority': 'Priority {priority}',
  'member.removedName': '{name} (removed)',
  'card.owner': 'Owner: {name}',
  'card.due': 'Due {date}',
  'card.overdue': 'Overdue since {date}',

  'type.feature': 'Feature',
  'type.improvement': 'Improvement',
  'type.bug': 'Bug',
  'type.research': 'Research',

  'dnd.instructions':
    'To pick up a requirement, press Space or Enter. While dragging, use the arrow keys to move it between positions and stages. Press Space or Enter again to drop it, or Escape to cancel.',
  'dnd.pickedUp': 'Picked up {title} in {stage}, position {position} of {total}.',
  'dnd.over': '{title} is over {stage}, position {position} of {total}.',
  'dnd.overNothing': '{title} is no longer over a stage.',
  'dnd.dropped': 'Dropped {title} in {stage}, position {position} of {total}.',
  'dnd.cancelled': 'Move cancelled. {title} is back in {stage}.',

  'stages.cancel': 'Cancel',
  'stages.lastStage': 'A product keeps at least one stage.',

  'error.invalidInput': 'That value is not valid: {message}',
  'error.notFound': 'That item no longer exists. Another tab may have removed it.',
  'error.generic': '{message}',
  'toast.dismiss': 'Dismiss',
  'toast.region': 'Notifications',

  'storage.update.ready': 'A new version of Cairn is ready.',
  'storage.reload': 'Reload',
  'storage.error.full':
    "This device's storage is full, so the change was not saved. Empty Cairn's trash, export a backup and remove products you no longer need, or free disk space, then try again.",
  'storage.error.outdated':
    'Cairn was updated in another tab, so this tab stopped saving. Reload this tab to continue; everything saved so far is safe.',
  'storage.error.blocked':
    'Close other Cairn tabs: one of them still holds an older version of the database. This tab opens by itself once they are closed.',
  'storage.error.unavailable':
    'This browser does not let Cairn store data here (private browsing, or site data turned off). Open Cairn in a normal window or allow site data for it, then reload.',
} as const;

/** Keys of the catalogue that loads with the app; capabilities loaded on demand add theirs (see i18n/translate). */
export type BaseMessageKey = keyof typeof en;
