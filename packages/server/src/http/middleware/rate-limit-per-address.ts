import type { MiddlewareHandler } from 'hono';
import { clientAddress, type ProxyTrust } from '../client-address.js';
import { errorResponse } from '../error-responses.js';
import type { RateLimiter } from '../rate-limiter.js';

/**
 * Limits requests per client address (see `clientAddress` for which proxies may name it):
 * past the limit, `429 rate-limited` with `Retry-After`.
 *
 * @example
 * app.use('*', rateLimitPerAddress(new RateLimiter({ burst: 300, perSecond: 100 }), compileTrustProxy(1)));
 */
export function rateLimitPerAddress(
  limiter: RateLimiter,
  trustProxy: ProxyTrust,
): MiddlewareHandler {
  return async (c, next) => {
    const key = clientAddress(c, trustProxy);
    if (!limiter.take(key)) {
      c.header('Retry-After', String(limiter.retryAfter(key)));
      return errorResponse(c, 429, 'rate-limited', {
        en: 'Too many requests from this address; try again shortly',
        'zh-CN': '该地址请求过多，请稍后再试',
      });
    }
    await next();
  };
}
