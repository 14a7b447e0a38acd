/** A write refused for a reason the user can act on; `code` selects the translated message. */
export class CairnWriteError extends Error {
  constructor(
    readonly code: 'notFound' | 'wipBlocked' | 'stageHasRequirements' | 'lastStage' | 'invalidInput',
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'CairnWriteError';
  }
}
