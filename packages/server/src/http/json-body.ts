import type { Context } from 'hono';
import { errorResponse, localeOf } from './error-responses.js';
import { scanJsonText, type JsonTextProblem } from './json-text-scan.js';

function shownProblem(c: Context, problem: JsonTextProblem) {
  return {
    path: problem.path,
    pointer: problem.pointer,
    message: problem.message[localeOf(c)],
    code: problem.code,
  };
}

/**
 * A request body's text as a JSON value, or the `400` answer: nested deeper than
 * `MAX_JSON_DEPTH` (decided before `JSON.parse`, so no depth can overflow the stack later),
 * not JSON, or holding numbers JSON cannot hold exactly (each at its path). Every message is in
 * the client's language; problems carry `path`, `pointer`, `message` and `code` (`too-deep`,
 * `invalid-json`, `inexact-number`), like the other `400` answers.
 *
 * @example
 * app.post('/collections/:id/items', async (c) => {
 *   const raw = parseJsonBody(c, await c.req.text());
 *   if (raw instanceof Response) return raw;
 *   // …
 * });
 */
export function parseJsonBody(c: Context, text: string): unknown {
  const scan = scanJsonText(text);
  if (scan.tooDeep !== undefined) {
    return errorResponse(
      c,
      400,
      'invalid-json',
      { en: 'The request body is nested too deeply', 'zh-CN': '请求内容嵌套过深' },
      { problems: [shownProblem(c, scan.tooDeep)] },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return errorResponse(
      c,
      400,
      'invalid-json',
      { en: 'The request body is not valid JSON', 'zh-CN': '请求内容不是有效的 JSON' },
      { problems: [{ path: [], pointer: '', message: 'Not valid JSON', code: 'invalid-json' }] },
    );
  }
  if (scan.numbers.length > 0) {
    return errorResponse(
      c,
      400,
      'invalid-json',
      {
        en: 'The request body holds numbers that cannot be stored exactly',
        'zh-CN': '请求内容中有无法精确存储的数字',
      },
      { problems: scan.numbers.map((problem) => shownProblem(c, problem)) },
    );
  }
  return value;
}
