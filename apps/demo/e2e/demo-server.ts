import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** A running demo (Vite dev server with the ballot box inside). */
export interface RunningDemo {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the demo as `npm start` does, on a free loopback port (or on `host`, e.g. `0.0.0.0`
 * as `npm start -- --host 0.0.0.0` does), keeping its data in `dataDir`.
 *
 * @example
 * const demo = await startDemo('/tmp/qy-demo');
 * await demo.close();
 */
export async function startDemo(
  dataDir: string,
  options: { host?: string } = {},
): Promise<RunningDemo> {
  process.env.QY_DEMO_DATA = dataDir;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server: ViteDevServer = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    server: { port: 0, strictPort: false, ...(options.host ? { host: options.host } : {}) },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo server reported no URL');
  return { url, close: () => server.close() };
}
