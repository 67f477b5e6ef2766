import { Hono } from 'hono';
import { documentSchemaNames, isDocumentSchemaName, toJSONSchema } from '@qingyuan/core';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';

/**
 * `GET /healthz` and the document schemas (`GET /schemas`, `GET /schemas/:name`): what a
 * monitor or a client in another language reads without a meeting.
 *
 * @example
 * app.route('/', healthRoutes());
 */
export function healthRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.get('/healthz', (c) => c.json({ ok: true }));

  routes.get('/schemas', (c) => c.json({ schemas: documentSchemaNames() }));

  routes.get('/schemas/:name', (c) => {
    const name = c.req.param('name').replace(/\.json$/, '');
    if (!isDocumentSchemaName(name)) {
      throw httpProblem(c, 404, 'not-found', {
        en: `No schema named "${name}" (GET /schemas lists them)`,
        'zh-CN': `没有名为“${name}”的文档结构（GET /schemas 列出全部）`,
      });
    }
    return c.json(toJSONSchema(name));
  });

  return routes;
}
