// `npm run sync-server` flags and environment variables, checked before anything starts.
import { parseArgs } from 'node:util';
import { z } from 'zod/mini';
import { SYNC_ROLES } from '../domain/sync/shareLink';

export const DEFAULT_PORT = 1234;
export const DEFAULT_DATA_DIR = '.cairn-sync';

const port = z.coerce.number().check(z.int(), z.gte(0), z.lte(65535));

const optionsSchema = z.object({
  port,
  host: z.string().check(z.minLength(1)),
  dataDir: z.string().check(z.minLength(1)),
  invite: z.optional(
    z.object({
      productId: z.string().check(z.minLength(1)),
      role: z.enum(SYNC_ROLES, { error: 'must be editor or viewer' }),
      days: z.coerce.number().check(z.gt(0), z.lte(3650)),
      appUrl: z.url({ protocol: /^https?$/ }),
      serverUrl: z.optional(z.url({ protocol: /^wss?$/ })),
    }),
  ),
});
export type ServerCliOptions = z.infer<typeof optionsSchema>;

export const USAGE = `Usage: npm run sync-server -- [--port 1234] [--host 0.0.0.0] [--data ./.cairn-sync]
       npm run sync-server -- --invite <productId> --role editor|viewer [--days 30]
                              [--app-url http://localhost:4173] [--server-url ws://host:port]
Environment: SYNC_PORT, SYNC_HOST, SYNC_DATA, SYNC_SECRET (at least 32 bytes; else one is kept in the data folder).`;

/** The options, or an Error whose message names each bad flag. */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): ServerCliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      invite: { type: 'string' },
      role: { type: 'string' },
      days: { type: 'string' },
      'app-url': { type: 'string' },
      'server-url': { type: 'string' },
    },
  });
  const parsed = optionsSchema.safeParse({
    port: values.port ?? env.SYNC_PORT ?? DEFAULT_PORT,
    host: values.host ?? env.SYNC_HOST ?? '0.0.0.0',
    dataDir: values.data ?? env.SYNC_DATA ?? DEFAULT_DATA_DIR,
    invite:
      values.invite === undefined
        ? undefined
        : {
            productId: values.invite,
            role: values.role,
            days: values.days ?? 30,
            appUrl: values['app-url'] ?? 'http://localhost:4173',
            serverUrl: values['server-url'],
          },
  });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `--${issue.path.at(-1)?.toString() ?? '?'}: ${issue.message}`);
  throw new Error(`${problems.join('\n')}\n\n${USAGE}`);
}

/** The address clients use; a server listening on every interface is reached as localhost here. */
export function publicServerUrl(host: string, serverPort: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `ws://${reachable}:${serverPort}`;
}
