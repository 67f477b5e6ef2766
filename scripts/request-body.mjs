// The one way our dev-time and test servers read a Node request's body: the demo's Vite plugin
// (apps/demo/server), the integration tests' ballot box endpoint (tests/integration) and the
// elements' stub endpoints (packages/elements/src/testing). Plain
// JS with no dependencies, so every package's tooling can import it; types in
// request-body.d.mts. (The ballot box itself reads bodies through Hono and @hono/node-server.)

import { Buffer } from 'node:buffer';

/**
 * The whole body of a Node request (`IncomingMessage`, or any stream of chunks), as UTF-8 text.
 *
 * @example
 * const document = JSON.parse(await readBody(req));
 */
export async function readBody(req) {
  const chunks = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
