import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address a request came from, for rate limiting: the first `X-Forwarded-For` entry when
 * the server runs behind a proxy it trusts, else the socket's remote address (`local` when
 * there is no socket, e.g. `app.request()` in tests).
 *
 * @example
 * clientAddress(c, false); // '127.0.0.1'
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
