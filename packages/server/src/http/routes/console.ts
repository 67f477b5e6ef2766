import { readFile } from 'node:fs/promises';
import { Hono, type Context } from 'hono';
import type { BallotBoxEnv } from '../app-env.js';

/** Options of {@link consoleRoutes}. */
export interface ConsoleOptions {
  /**
   * The folder of the built console (`index.html` and `assets/`: the `dist/` of
   * `@qingyuan/console`). Default: none, and `/console/` says how to get one.
   */
  root?: string;
}

/**
 * The Content-Security-Policy of every console answer: scripts, styles, fonts and requests
 * only from the box itself (the console calls the box same-origin, so no CORS), images also
 * from `data:` and `blob:` (a code sheet previewed before printing), no plugins, no framing,
 * no `<base>`, and forms post nowhere else.
 */
export const consoleCsp = [
  "default-src 'self'",
  "script-src 'self'",
  // Lit's static styles are constructable stylesheets; 'unsafe-inline' covers the style
  // attributes some elements render.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The content type of each file kind vite writes into the console's build. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file name vite gives an asset: letters, digits, `-`, `_` and dots, never leading dot. */
const assetName = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/** What `/console/` says when the box has no built console to serve. */
const notBuilt = [
  'This ballot box serves no organizer console.',
  '`npx @qingyuan/cli serve` serves it. In the repository: npx turbo run build --filter=@qingyuan/cli, then restart the box.',
  'A program that starts the box itself passes consoleRoot: the dist/ folder of @qingyuan/console.',
  '',
  '这个投票箱没有提供组织者控制台。',
  '运行 npx @qingyuan/cli serve 即可使用控制台。在代码仓库中：先运行 npx turbo run build --filter=@qingyuan/cli，再重启投票箱。',
  '自行启动投票箱的程序请传入 consoleRoot：@qingyuan/console 的 dist/ 文件夹。',
  '',
].join('\n');

/**
 * The organizer console, mounted at `/console`: the single-page app `@qingyuan/console` builds
 * (Lit and the published elements) into its `dist/`, found at `options.root`. `/console`
 * redirects to `/console/`, which answers `index.html` with `<html lang>` set from the
 * request's `Accept-Language`; `/console/assets/<file>` answers vite's hashed files, cached
 * for a year (`immutable`), and `index.html` is revalidated on every load (`no-cache`). Every
 * answer carries {@link consoleCsp}, `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`. Anything else under `/console` — a path that climbs out
 * (`/console/assets/..%2Fpackage.json`), a nested or hidden name, a file that is not there — is
 * `404`; a box without a console (no `root`, or nothing built there) answers `404` saying how
 * to get one.
 *
 * The console is a page, not an API, so its paths are middleware (method `ALL`, answering GET
 * and HEAD, refusing other methods with `405`) and openapi.yaml does not list them.
 *
 * @example
 * app.route('/console', consoleRoutes());
 * // GET /console/ → 200 text/html; GET /console/assets/index-3f2a.js → 200 text/javascript
 */
export function consoleRoutes(options: ConsoleOptions = {}): Hono<BallotBoxEnv> {
  const root = options.root?.replace(/\/?$/, '/');
  const routes = new Hono<BallotBoxEnv>();

  routes.use('*', async (c) => {
    secure(c);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return c.text('Method not allowed / 不允许的请求方法\n', 405);
    }
    // The path under /console, still percent-encoded: a decoded "/" or ".." never splits it.
    const rest = new URL(c.req.url).pathname.replace(/^\/console/, '');
    if (rest === '') return c.redirect('/console/', 308);
    if (rest === '/' || rest === '/index.html') {
      const page = root === undefined ? undefined : await readOrUndefined(`${root}index.html`);
      if (page === undefined) return c.text(notBuilt, 404);
      c.header('Cache-Control', 'no-cache');
      const lang = c.var.locale === 'zh-CN' ? 'zh-CN' : 'en';
      return c.body(
        page.toString('utf8').replace(/<html lang="[^"]*"/, `<html lang="${lang}"`),
        200,
        { 'Content-Type': contentTypes['.html']!, Vary: 'Accept-Language' },
      );
    }
    const match = /^\/assets\/([^/]+)$/.exec(rest);
    const name = match === null ? undefined : safeDecode(match[1]!);
    if (name === undefined || !assetName.test(name) || name.includes('..')) {
      return c.text('Not found / 没有这个文件\n', 404);
    }
    const type = contentTypes[/\.[a-z0-9]+$/.exec(name)?.[0] ?? ''];
    const file =
      type === undefined || root === undefined
        ? undefined
        : await readOrUndefined(`${root}assets/${name}`);
    if (file === undefined) return c.text('Not found / 没有这个文件\n', 404);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(file), 200, { 'Content-Type': type! });
  });

  return routes;
}

/** The headers every console answer carries. */
function secure(c: Context): void {
  c.header('Content-Security-Policy', consoleCsp);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

async function readOrUndefined(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}
