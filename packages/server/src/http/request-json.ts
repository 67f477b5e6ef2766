import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { parseJsonBody } from './json-body.js';

/**
 * The request body parsed as JSON; throws the `400 invalid-json` answer (an `HTTPException`,
 * sent by the app's `onError`) when it is not JSON, is nested deeper than `MAX_JSON_DEPTH` or
 * holds numbers JSON cannot hold exactly (see `json-body.ts`). Content type and size are checked before
 * (see `middleware/body-guards.ts`).
 *
 * @example
 * const raw = await readJson(c); // unknown: validate it next
 */
export async function readJson(c: Context): Promise<unknown> {
  const value = parseJsonBody(c, await c.req.text());
  if (value instanceof Response) {
    throw new HTTPException(value.status as ContentfulStatusCode, { res: value });
  }
  return value;
}
