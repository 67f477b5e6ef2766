/**
 * `@qingyuan/server/http`: the pieces of the HTTP edge a host reuses: the token-bucket rate
 * limiter, the client address behind trusted proxies and the `--trust-proxy` parser.
 *
 * @example
 * import { parseTrustProxy, TrustProxyError } from '@qingyuan/server/http';
 *
 * @packageDocumentation
 */
export { RateLimiter, type RateLimit } from '../http/rate-limiter.js';
export {
  clientAddress,
  compileTrustProxy,
  parseTrustProxy,
  TrustProxyError,
  type ProxyTrust,
  type TrustProxy,
} from '../http/client-address.js';
