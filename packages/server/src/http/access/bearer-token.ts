import type { Context } from 'hono';

/**
 * The `Authorization: Bearer …` token of the request, if any.
 *
 * @example
 * bearerToken(c); // 'qyk_…' for "Authorization: Bearer qyk_…"
 */
export function bearerToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
