// `npm run sync-server`: runs the team-sync server, or prints an invitation link and exits.
import { shareLinkHash } from '../domain/sync/shareLink';
import { publicServerUrl, readOptions } from './options';
import { loadSecret } from './secret';
import { startSyncServer } from './syncServer';
import { signInvitation } from './tokens';

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const secret = loadSecret(options.dataDir, process.env.SYNC_SECRET);
  if (options.invite) {
    const { productId, role, days, appUrl, serverUrl } = options.invite;
    const token = await signInvitation(secret, { products: [productId], role, days });
    const link = new URL(appUrl);
    link.hash = shareLinkHash({ serverUrl: serverUrl ?? publicServerUrl(options.host, options.port), productId, token }).slice(1);
    console.log(link.toString());
    return;
  }
  const server = await startSyncServer({ port: options.port, host: options.host, dataDir: options.dataDir, secret });
  console.log(`Cairn sync server on ${publicServerUrl(options.host, server.port)} (data in ${options.dataDir})`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
