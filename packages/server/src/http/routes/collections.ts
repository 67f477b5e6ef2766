import { Hono } from 'hono';
import { documentSchemas, isDocumentSchemaName } from '@qingyuan/core';
import type { BallotBoxEnv } from '../app-env.js';
import { validate } from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import { requestOperator } from '../operator-access.js';
import { collectionNotFound, collectionOrganizerOnly } from '../organizer-access.js';
import { pageLimit } from '../../storage/keyset-page.js';
import { readJson } from '../request-json.js';
import { AddItemRequestSchema, CreateCollectionRequestSchema } from '../request-schemas.js';

/**
 * Collections of survey responses or applications, mounted at `/collections`: `POST /`
 * creates one for the organisation of the request's operator key (its organizer token is
 * answered once), `POST /:id/items` stores a document
 * (checked against the collection's schema, idempotent with `Idempotency-Key`), and
 * `GET /:id/items?after=&limit=` pages through them for the organizer.
 *
 * @example
 * app.route('/collections', collectionRoutes());
 */
export function collectionRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/', async (c) => {
    const operator = await requestOperator(c, 'collection');
    const body = validate(c, CreateCollectionRequestSchema, await readJson(c));
    const { organizerToken, record } = await c.var.repository.createCollection({
      organization: operator.organization,
      kind: body.kind,
      schemaName: body.schema ?? null,
      corsOrigins: body.corsOrigins,
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...record, organizerToken }, 201);
  });

  routes.post('/:id/items', async (c) => {
    const repo = c.var.repository;
    const id = c.req.param('id');
    const collection = await repo.getCollection(id);
    if (collection === undefined) throw collectionNotFound(c);
    const raw = await readJson(c);
    const body = validate(c, AddItemRequestSchema, raw);
    if (collection.schemaName !== null && isDocumentSchemaName(collection.schemaName)) {
      validate(c, documentSchemas[collection.schemaName], body.document, ['document']);
    }
    const idempotencyKey = idempotencyKeyOf(c);
    // Store what was sent, byte for byte in meaning: the schema check above only validates.
    const outcome = await repo.addItem(id, (raw as { document: unknown }).document, {
      idempotencyKey,
    });
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'unknown-collection':
          throw collectionNotFound(c);
        case 'idempotency-key-reused':
          return idempotencyKeyReused(c, {
            en: 'This Idempotency-Key was already used with a different document',
            'zh-CN': '此 Idempotency-Key 已用于另一份文档',
          });
      }
    }
    const { item } = outcome;
    return c.json(
      { collection: id, seq: item.seq, receivedAt: item.receivedAt },
      replayedStatus(c, outcome.replayed),
    );
  });

  routes.get('/:id/items', collectionOrganizerOnly, async (c) => {
    const collection = c.var.collection;
    const after = Number.parseInt(c.req.query('after') ?? '0', 10);
    const items = await c.var.repository.listItems(
      collection.id,
      Number.isSafeInteger(after) && after > 0 ? after : 0,
      pageLimit(c.req.query('limit')),
    );
    return c.json({ collection, items });
  });

  return routes;
}
