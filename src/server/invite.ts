// `--invite`: the share link a person opens to join a product.
import { shareLinkHash, type SyncRole } from '../domain/sync/shareLink';
import { signInvitation } from './tokens';

export interface InviteRequest {
  productId: string;
  role: SyncRole;
  days: number;
  /** Where the app is served; the link opens it. */
  appUrl: string;
  /** How the person's browser reaches this server. */
  serverUrl: string;
}

export async function inviteLink(secret: Uint8Array, request: InviteRequest): Promise<string> {
  const token = await signInvitation(secret, { products: [request.productId], role: request.role, days: request.days });
  const link = new URL(request.appUrl);
  link.hash = shareLinkHash({ serverUrl: request.serverUrl, productId: request.productId, token }).slice(1);
  return link.toString();
}
