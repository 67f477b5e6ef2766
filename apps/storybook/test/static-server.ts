import { preview } from 'vite';

/** A static site served on loopback. */
export interface StaticServer {
  /** Base URL ending in `/`, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built directory on 127.0.0.1 with Vite's preview server, on a free port.
 *
 * @example
 * const server = await serveStatic('/repo/apps/storybook/storybook-static');
 * await fetch(new URL('index.json', server.url));
 * await server.close();
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`Vite's preview server did not report a URL for ${dir}`);
  return { url, close: () => server.close() };
}
