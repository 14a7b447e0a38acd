// The team-sync contract shared by the server (src/server), the browser's
// connection (src/sync) and the Dexie ↔ Y.Doc mirror: document names, roles,
// refusal reasons and the share link a server prints for an invitation.
import { base64url, decodeJwt } from 'jose';
import { z } from 'zod/mini';

export const SYNC_ROLES = ['editor', 'viewer'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

/** Why the server refused a connection; sent to the client as the permission-denied reason. */
export const REFUSAL_REASONS = [
  'missing-token',
  'invalid-token',
  'expired-token',
  'product-not-allowed',
  'unknown-document',
] as const;
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

// A regex, not z.url() or a refine: the zod checks already in the start-up bundle cost nothing more.
const wsUrl = z.string().check(z.regex(/^wss?:\/\/[^\s/?#]+(\/\S*)?$/i), z.maxLength(2048));

/** Where and as whom one product syncs: what a share link carries and what Settings stores. */
export const syncTargetSchema = z.object({
  serverUrl: wsUrl,
  productId: z.string().check(z.regex(/^\S+$/), z.maxLength(200)),
  token: z.string().check(z.regex(/^\S+$/), z.maxLength(8192)),
});

export type SyncTarget = z.infer<typeof syncTargetSchema>;

/** The target as typed or pasted, without surrounding spaces, checked. */
export function readSyncTarget(input: SyncTarget): ReturnType<typeof syncTargetSchema.safeParse> {
  return syncTargetSchema.safeParse({
    serverUrl: input.serverUrl.trim(),
    productId: input.productId.trim(),
    token: input.token.trim(),
  });
}

const LINK_PREFIX = '#sync=';
const linkPayloadSchema = z.object({ v: z.number(), server: z.string(), product: z.string(), token: z.string() });

export function shareLinkHash(target: SyncTarget): string {
  const payload = { v: 1, server: target.serverUrl, product: target.productId, token: target.token };
  return `${LINK_PREFIX}${base64url.encode(JSON.stringify(payload))}`;
}

/** Why a pasted share link cannot be used; each has its own message in the app. */
export type ShareLinkProblem =
  'noSyncPart' | 'notDecodable' | 'wrongShape' | 'badServerUrl' | 'badProduct' | 'badToken';

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
  // v: 1 is the only format so far; a later one is not read as this one.
  if (!payload.success || payload.data.v !== 1) return { ok: false, problem: 'wrongShape' };
  const target = readSyncTarget({
    serverUrl: payload.data.server,
    productId: payload.data.product,
    token: payload.data.token,
  });
  if (target.success) return { ok: true, target: target.data };
  const field = target.error.issues[0]?.path[0];
  return {
    ok: false,
    problem: field === 'serverUrl' ? 'badServerUrl' : field === 'productId' ? 'badProduct' : 'badToken',
  };
}

const invitationClaimsSchema = z.object({ role: z.optional(z.enum(SYNC_ROLES)), exp: z.optional(z.number()) });

/**
 * What a token says about itself, unverified (only the server can check it):
 * for telling the person what they are about to join.
 */
export function readInvitation(token: string): { role?: SyncRole; expiresAt?: Date } {
  try {
    const claims = invitationClaimsSchema.safeParse(decodeJwt(token));
    if (!claims.success) return {};
    return {
      role: claims.data.role,
      expiresAt: claims.data.exp === undefined ? undefined : new Date(claims.data.exp * 1000),
    };
  } catch {
    return {};
  }
}
