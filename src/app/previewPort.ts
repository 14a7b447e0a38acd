// The port `npm start` and `npm run preview` serve on: PORT from the environment,
// else 4321. Read by vite.config.ts, so no shell has to expand ${PORT} (npm runs
// scripts with sh on Debian and cmd on Windows, which spell it differently).
export const DEFAULT_PORT = 4321;

/** The port to serve on; a PORT that is not a usable port stops the start with a clear error instead of a surprise port. */
export function previewPort(env: Record<string, string | undefined>): number {
  const raw = env.PORT?.trim();
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${env.PORT}".`);
  }
  return port;
}
