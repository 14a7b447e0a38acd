// Turns the browser's storage failures (as Dexie reports them) into CairnWriteErrors the UI can explain.
import { CairnWriteError, type CairnWriteErrorCode } from '../domain/errors';

type StorageCode = Extract<
  CairnWriteErrorCode,
  'storageFull' | 'databaseOutdated' | 'databaseBlocked' | 'storageUnavailable'
>;

/** The error and the errors it wraps (Dexie's `inner`, the standard `cause`), outermost first. */
function chainOf(error: unknown): { name: string }[] {
  const chain: { name: string }[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && 'name' in current && chain.length < 6) {
    chain.push(current as { name: string });
    const next = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
    if (next === current) break;
    current = next;
  }
  return chain;
}

/** Which storage failure an error is, or null when it is something else (a bug, a rule). */
export function storageFailureOf(error: unknown): StorageCode | null {
  const names = chainOf(error).map((e) => e.name);
  // Dexie names quota failures 'QuotaExceededError' whether the request or the commit hit the limit.
  if (names.includes('QuotaExceededError')) return 'storageFull';
  // No IndexedDB at all (some private modes, storage disabled, very old browsers).
  if (names.includes('MissingAPIError')) return 'storageUnavailable';
  // Opening refused by the browser: Firefox private windows (InvalidStateError), blocked site data (SecurityError).
  if (names[0] === 'OpenFailedError' && (names.includes('SecurityError') || names.includes('InvalidStateError')))
    return 'storageUnavailable';
  // This tab closed its database for a newer Cairn in another tab, or the database on disk is newer than this code.
  if (names.includes('DatabaseClosedError') || names.includes('VersionError')) return 'databaseOutdated';
  return null;
}

/** The same error, as a CairnWriteError when it is a storage failure the person can act on. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof CairnWriteError) return error;
  const code = storageFailureOf(error);
  if (!code) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new CairnWriteError(code, message);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Wraps every function of a repository so that a storage failure reaches the
 * UI as a CairnWriteError. The repository's transactions are untouched: a
 * failed write has already rolled back when the error arrives here.
 */
export function withStorageErrors<T extends object>(repository: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(repository)) {
    if (typeof value !== 'function') {
      wrapped[key] = value;
      continue;
    }
    wrapped[key] = (...args: unknown[]) => {
      let result: unknown;
      try {
        result = (value as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        throw toStorageError(error);
      }
      // Dexie's own promises are not instanceof Promise; `then` keeps them Dexie promises (and live queries' zones).
      return isThenable(result)
        ? result.then(undefined, (error: unknown) => {
            throw toStorageError(error);
          })
        : result;
    };
  }
  return wrapped as T;
}
