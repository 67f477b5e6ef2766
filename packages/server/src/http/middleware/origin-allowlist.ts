import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { errorResponse } from '../error-responses.js';

/**
 * CORS for the endpoints of one meeting or collection, applied before body guards and rate
 * limits: every answer — the refusals (403, 413, 415, 429…) included — carries
 * `Access-Control-Allow-Origin` for the calling page, and preflights are answered for any
 * origin. A page on an origin that is not allowed thus reads the box's own refusal instead
 * of a network error it would take for being offline. Which origins may write is decided
 * by {@link originAllowlist}; no credentials (cookies) are ever allowed, so reading public
 * answers grants a page nothing that a plain HTTP client does not have.
 *
 * @example
 * app.use('/meetings/:id/*', readableAcrossOrigins());
 */
export function readableAcrossOrigins(): MiddlewareHandler {
  return cors({
    origin: (requested) => requested || null,
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'Accept-Language'],
    allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
    exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
    maxAge: 600,
  });
}

/**
 * The origin allowlist loaded per meeting or collection (`:id` of the path). A request
 * without `Origin` is not a browser page calling across origins and passes, and so does a page
 * of the box itself (the organizer console at `/console/`): the browser says
 * `Sec-Fetch-Site: same-origin` (a header pages cannot set), or `Origin` is the box's own
 * origin. An unsafe method
 * (POST, PATCH…) from an origin not on the list gets `403 origin-not-allowed`, readable by
 * that page (see {@link readableAcrossOrigins}), naming the origin to add.
 *
 * @example
 * app.use('/meetings/:id/*', originAllowlist(async (id) => (await repo.getMeeting(id))?.corsOrigins));
 */
export function originAllowlist(
  load: (id: string) => Promise<string[] | undefined>,
): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    if (c.req.header('sec-fetch-site') === 'same-origin' || origin === new URL(c.req.url).origin) {
      return next();
    }
    const origins = (await load(c.req.param('id') ?? '')) ?? [];
    if (!origins.includes(origin)) {
      return errorResponse(c, 403, 'origin-not-allowed', {
        en: `Pages from ${origin} may not send to this ballot box: the organizer must add ${origin} to the meeting’s corsOrigins`,
        'zh-CN': `来自 ${origin} 的页面不能向此投票箱提交：请组织者把 ${origin} 加入会议的 corsOrigins`,
      });
    }
    return next();
  };
}
