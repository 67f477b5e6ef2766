import { Hono } from 'hono';
import { documentSchemaNames, isDocumentSchemaName, toJSONSchema } from '@qingyuan/core';

/**
 * The ballot box's HTTP application. It is a plain Hono app, so it runs under Node
 * (`@hono/node-server`), in tests through `app.request()`, and on any fetch-style runtime.
 */
export function createApp(): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.get('/schemas', (c) => c.json({ schemas: documentSchemaNames() }));

  app.get('/schemas/:name', (c) => {
    const name = c.req.param('name').replace(/\.json$/, '');
    if (!isDocumentSchemaName(name)) {
      return c.json({ error: 'not-found', message: `No schema named "${name}"` }, 404);
    }
    return c.json(toJSONSchema(name));
  });

  app.notFound((c) => c.json({ error: 'not-found', message: 'No such endpoint' }, 404));
  app.onError((_error, c) => c.json({ error: 'internal', message: 'Internal server error' }, 500));
  return app;
}
