import type { Context } from 'hono';
import { httpProblem } from './error-responses.js';

/**
 * The request body parsed as JSON; throws the `400 invalid-json` answer (an `HTTPException`,
 * sent by the app's `onError`) when it is not JSON. Content type and size are checked before
 * (see `middleware/body-guards.ts`).
 *
 * @example
 * const raw = await readJson(c); // unknown: validate it next
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw httpProblem(
      c,
      400,
      'invalid-json',
      { en: 'The request body is not valid JSON', 'zh-CN': '请求内容不是有效的 JSON' },
      { problems: [{ path: [], pointer: '', message: 'Not valid JSON', code: 'invalid-json' }] },
    );
  }
}
