/**
 * Why a write or the database's opening failed. The last four come from the
 * browser's storage rather than from Cairn's rules (see src/db/storageErrors.ts).
 */
export type CairnWriteErrorCode =
  | 'notFound'
  | 'wipBlocked'
  /** A strict stage gate: `details.missing` lists the unmet items, one per line (see domain/gates). */
  | 'gateBlocked'
  | 'stageHasRequirements'
  | 'lastStage'
  | 'invalidInput'
  /** Undo/redo found the row changed since (another tab or edit): nothing is overwritten. */
  | 'stale'
  | 'storageFull'
  | 'databaseOutdated'
  | 'databaseBlocked'
  | 'storageUnavailable'
  /** The product is view only on this device (a viewer's sync invitation). */
  | 'viewOnly';

/** A write refused for a reason the user can act on; `code` selects the translated message. */
export class CairnWriteError extends Error {
  constructor(
    readonly code: CairnWriteErrorCode,
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'CairnWriteError';
  }
}
