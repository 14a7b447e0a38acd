// `npm run sync-server`: runs the team-sync server, or prints an invitation link and exits.
import { inviteLink } from './invite';
import { publicServerUrl, readOptions } from './options';
import { loadSecret } from './secret';
import { startSyncServer } from './syncServer';

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env);
  const secret = loadSecret(options.dataDir, process.env.SYNC_SECRET);
  if (options.invite) {
    const { serverUrl, ...request } = options.invite;
    console.log(
      await inviteLink(secret, { ...request, serverUrl: serverUrl ?? publicServerUrl(options.host, options.port) }),
    );
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
