// Invitation tokens: HS256 JWTs naming the products they open and a role.
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod/mini';
import { SYNC_ROLES, type RefusalReason, type SyncRole } from '../domain/sync/shareLink';

const ISSUER = 'cairn-sync';
const DAY_SECONDS = 24 * 60 * 60;

const claimsSchema = z.object({
  products: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  role: z.enum(SYNC_ROLES),
});

export interface Invitation {
  products: string[];
  role: SyncRole;
  /** How long the token opens the products; fractions allowed (tests use a past expiry). */
  days: number;
}

/** Thrown out of `onAuthenticate`: Hocuspocus sends `reason` to the client as it is. */
export class SyncRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`sync refused: ${reason}`);
  }
}

export function signInvitation(secret: Uint8Array, invitation: Invitation, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ products: invitation.products, role: invitation.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.round(invitation.days * DAY_SECONDS))
    .sign(secret);
}

/** The role a token grants on one product, or a SyncRefusal naming why not. */
export async function roleFor(secret: Uint8Array, token: string | undefined, productId: string): Promise<SyncRole> {
  if (!token) throw new SyncRefusal('missing-token');
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp'] }));
  } catch (error) {
    throw new SyncRefusal(error instanceof errors.JWTExpired ? 'expired-token' : 'invalid-token');
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new SyncRefusal('invalid-token');
  if (!claims.data.products.includes(productId)) throw new SyncRefusal('product-not-allowed');
  return claims.data.role;
}
