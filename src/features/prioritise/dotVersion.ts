// Which version a matrix dot's next write guards on. Its writes queue, each on
// the version the previous one wrote; a render between a write and the live
// query's new row (the move's announcement causes one) still carries a version
// those writes replaced, and guarding on it would fail the next key as stale.

export interface DotVersion {
  /** The version the next write guards on. */
  version: number;
  /** The version the first of our unconfirmed writes replaced; null when the database has caught up. */
  replaced: number | null;
}

/** After our write replaced `guard` with `written`. */
export function afterWrite(state: DotVersion, guard: number, written: number): DotVersion {
  return { version: written, replaced: state.replaced ?? guard };
}

/** What a render with the row at `seen` means: one of ours not yet caught up is kept; anything else is news. */
export function onRender(state: DotVersion, seen: number): DotVersion {
  const ours = state.replaced !== null && seen >= state.replaced && seen < state.version;
  return ours ? state : { version: seen, replaced: null };
}
