// Puts the write path's gate (db/viewOnlyWrites.ts) on while team sync runs: the controls are
// disabled for a viewer, and this makes sure no write that slips past them is kept.
import { repositories } from '../../db';
import { refuseViewOnlyWrites } from '../../db/viewOnlyWrites';
import { BACKUP_TABLES } from '../../domain/backup/format';
import { CairnWriteError } from '../../domain/errors';
import { translate } from '../../i18n/translate';
import { usePreferences } from '../../state/preferences';
import { useViewOnly } from '../../state/viewOnly';
import '../../i18n/syncMessages';

let installed = false;

export function guardViewOnlyWrites(): void {
  if (installed) return;
  installed = true;
  refuseViewOnlyWrites(
    repositories.db,
    BACKUP_TABLES,
    (productId) => useViewOnly.getState()[productId] === true,
    () => new CairnWriteError('viewOnly', translate(usePreferences.getState().locale, 'sync.viewOnly.refused')),
  );
}
