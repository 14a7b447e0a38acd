// Settings → Sync's Connect, as a pure decision: what the person typed, to a target or the message saying what is missing.
import { parseShareLink, readSyncTarget, type SyncTarget } from '../../domain/sync/shareLink';
import type { MessageKey } from '../../i18n/translate';
import { LINK_PROBLEM_KEYS } from './useSyncText';

export interface ConnectInput {
  link: string;
  serverUrl: string;
  token: string;
}

export type ConnectField = keyof ConnectInput;

export type ConnectDecision =
  { ok: true; target: SyncTarget } | { ok: false; field: ConnectField; message: MessageKey };

/** A pasted link wins; otherwise the server and token are for the product on screen. */
export function decideConnect(input: ConnectInput, currentProductId: string): ConnectDecision {
  if (input.link.trim() !== '') {
    const parsed = parseShareLink(input.link);
    return parsed.ok ? parsed : { ok: false, field: 'link', message: LINK_PROBLEM_KEYS[parsed.problem] };
  }
  if (input.serverUrl.trim() === '' && input.token.trim() === '')
    return { ok: false, field: 'link', message: 'sync.settings.needInput' };
  const parsed = readSyncTarget({ serverUrl: input.serverUrl, token: input.token, productId: currentProductId });
  if (parsed.success) return { ok: true, target: parsed.data };
  return parsed.error.issues[0]?.path[0] === 'serverUrl'
    ? { ok: false, field: 'serverUrl', message: 'sync.settings.needServer' }
    : { ok: false, field: 'token', message: 'sync.settings.needToken' };
}
