import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../error-responses.js';

/**
 * Refuses a request body larger than `maxBytes` with `413 payload-too-large` (localized). A
 * declared length is decided from the header (Node's parser holds the body to it), so the body
 * stays unread until the route reads it (@hono/node-server's fast path); a chunked body goes
 * through Hono's `bodyLimit`, which counts while it reads.
 *
 * @example
 * app.use('*', bodySizeLimit(64 * 1024));
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) =>
    errorResponse(c, 413, 'payload-too-large', {
      en: 'The request body is too large',
      'zh-CN': '请求内容过大',
    });
  const streamedBodyLimit = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxBytes ? Promise.resolve(tooLarge(c)) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streamedBodyLimit(c, next);
  };
}

/**
 * Every body is JSON: a body declared otherwise (a form, plain text) or not declared at all is
 * refused with `415 unsupported-media-type` before any route reads it, which also keeps
 * cross-site "simple" form posts out.
 *
 * @example
 * app.use('*', jsonBodiesOnly());
 */
export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const type = c.req.header('content-type');
    if (isJsonType(type) || !hasBody(c, type !== undefined)) return next();
    return errorResponse(c, 415, 'unsupported-media-type', {
      en: 'The request body must be JSON (Content-Type: application/json)',
      'zh-CN': '请求内容必须是 JSON（Content-Type: application/json）',
    });
  };
}

/** `application/json` or a `+json` type, with or without parameters (`; charset=utf-8`). */
function isJsonType(type: string | undefined): boolean {
  return type !== undefined && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type.trim());
}

/**
 * Whether a request carries a body: over HTTP/1.1 a body has a declared length or is chunked
 * (read from the headers, so the body stays unread). A request with neither but with a type
 * (`typed`) is asked for its body: one built in process (`app.request`) declares no length.
 */
function hasBody(c: Context, typed: boolean): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  if (c.req.header('transfer-encoding') !== undefined) return true;
  return typed && c.req.raw.body !== null;
}
