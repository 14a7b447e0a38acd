// The team-sync contract shared by the server (src/server), the browser's
// connection (src/sync) and the Dexie ↔ Y.Doc mirror: document names, roles,
// refusal reasons and the share link a server prints for an invitation.
import { base64url } from 'jose';
import { z } from 'zod/mini';

export const SYNC_ROLES = ['editor', 'viewer'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

/** Why the server refused a connection; sent to the client as the permission-denied reason. */
export const REFUSAL_REASONS = ['missing-token', 'invalid-token', 'expired-token', 'product-not-allowed', 'unknown-document'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const DOCUMENT_PREFIX = 'cairn:product:';

/** One Y.Doc per product, named so on the server. */
export function productDocumentName(productId: string): string {
  return `${DOCUMENT_PREFIX}${productId}`;
}

/** The product a document name stands for, or null for any other name. */
export function productIdOfDocument(documentName: string): string | null {
  if (!documentName.startsWith(DOCUMENT_PREFIX)) return null;
  const id = documentName.slice(DOCUMENT_PREFIX.length);
  return id.length > 0 ? id : null;
}

function isWebSocketUrl(value: string): boolean {
  try {
    return ['ws:', 'wss:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const wsUrl = z.string().check(z.trim(), z.maxLength(2048), z.refine(isWebSocketUrl));

/** Where and as whom one product syncs: what a share link carries and what Settings stores. */
export const syncTargetSchema = z.object({
  serverUrl: wsUrl,
  productId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  token: z.string().check(z.trim(), z.minLength(1), z.maxLength(8192)),
});
export type SyncTarget = z.infer<typeof syncTargetSchema>;

const LINK_PREFIX = '#sync=';
const linkPayloadSchema = z.object({ v: z.literal(1), server: z.string(), product: z.string(), token: z.string() });

export function shareLinkHash(target: SyncTarget): string {
  const payload = { v: 1, server: target.serverUrl, product: target.productId, token: target.token };
  return `${LINK_PREFIX}${base64url.encode(JSON.stringify(payload))}`;
}

/** Why a pasted share link cannot be used; each has its own message in the app. */
export type ShareLinkProblem = 'noSyncPart' | 'notDecodable' | 'wrongShape' | 'badServerUrl' | 'badProduct' | 'badToken';

export type ShareLinkResult = { ok: true; target: SyncTarget } | { ok: false; problem: ShareLinkProblem };

/** Reads a whole share link, or only its `#sync=…` part. Never throws. */
export function parseShareLink(text: string): ShareLinkResult {
  const at = text.indexOf(LINK_PREFIX);
  if (at < 0) return { ok: false, problem: 'noSyncPart' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(base64url.decode(text.slice(at + LINK_PREFIX.length).trim())));
  } catch {
    return { ok: false, problem: 'notDecodable' };
  }
  const payload = linkPayloadSchema.safeParse(json);
  if (!payload.success) return { ok: false, problem: 'wrongShape' };
  const target = syncTargetSchema.safeParse({ serverUrl: payload.data.server, productId: payload.data.product, token: payload.data.token });
  if (target.success) return { ok: true, target: target.data };
  const field = target.error.issues[0]?.path[0];
  return { ok: false, problem: field === 'serverUrl' ? 'badServerUrl' : field === 'productId' ? 'badProduct' : 'badToken' };
}
