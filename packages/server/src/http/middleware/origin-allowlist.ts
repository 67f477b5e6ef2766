import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { errorResponse } from '../error-responses.js';

/**
 * CORS and origin checks from an allowlist loaded per meeting or collection (`:id` of the
 * path). A request without `Origin` is not a browser page calling across origins and passes.
 * An unsafe method (POST, PATCH…) from an origin not on the list gets `403 origin-not-allowed`;
 * a listed origin gets CORS headers (and preflights their answer).
 *
 * @example
 * app.use('/meetings/:id/*', originAllowlist(async (id) => (await repo.getMeeting(id))?.corsOrigins));
 */
export function originAllowlist(
  load: (id: string) => Promise<string[] | undefined>,
): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    const origins = (await load(c.req.param('id') ?? '')) ?? [];
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (unsafe && !origins.includes(origin)) {
      return errorResponse(c, 403, 'origin-not-allowed', {
        en: `Pages from ${origin} may not call this endpoint`,
        'zh-CN': `来自 ${origin} 的页面不能调用此接口`,
      });
    }
    return cors({
      origin: (requested) => (origins.includes(requested) ? requested : null),
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'Accept-Language'],
      allowMethods: ['GET', 'POST', 'PATCH', 'OPTIONS'],
      exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
      maxAge: 600,
    })(c, next);
  };
}
