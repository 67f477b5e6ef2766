import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { CollectionRecord } from '../../storage/collections.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { requireResourceOrganizer, type OrganizerRefusals } from './resource-organizer.js';

/**
 * Who may do what with a collection: its organizer (by the bearer token they were given at
 * creation, or by the operator key or an `organizer` credential of the organisation that owns
 * it). The check either gives the collection or throws the localized `401`/`403`/`404` answer
 * as an `HTTPException`; the middleware puts the collection on the context
 * (`c.var.collection`) for the route after it.
 */

/** Context variables set by {@link collectionOrganizerOnly}. */
export interface CollectionEnv extends BallotBoxEnv {
  Variables: BallotBoxEnv['Variables'] & { collection: CollectionRecord };
}

/** What a request that is not the collection's organizer's is told: `401` without a token, `403` with another. */
const collectionRefusals: OrganizerRefusals = {
  unauthorized: {
    en: 'This needs the collection’s organizer token (Authorization: Bearer …)',
    'zh-CN': '此操作需要收集表组织者令牌（Authorization: Bearer …）',
  },
  forbidden: {
    en: 'This token does not give access to this collection',
    'zh-CN': '此令牌无权查看这个收集表',
  },
};

/**
 * The `404 not-found` answer for a collection that does not exist, to throw.
 *
 * @example
 * if (!outcome.ok && outcome.reason === 'unknown-collection') throw collectionNotFound(c);
 */
export function collectionNotFound(c: Context) {
  return httpProblem(c, 404, 'not-found', { en: 'No such collection', 'zh-CN': '没有这个收集表' });
}

/**
 * The collection, when the request carries its organizer token (or the operator key or an
 * organizer credential of its organisation); else throws `404`, `401` or
 * `403`.
 *
 * @example
 * const collection = await organizerCollection(c, 'col-7K2Q9XWD');
 */
export async function organizerCollection<E extends BallotBoxEnv>(
  c: Context<E>,
  id: string,
): Promise<CollectionRecord> {
  const collection = await c.var.repository.getCollection(id);
  if (collection === undefined) throw collectionNotFound(c);
  await requireResourceOrganizer(
    c,
    {
      organization: collection.organization,
      hasOrganizerToken: (token) => c.var.repository.isCollectionOrganizer(id, token),
    },
    collectionRefusals,
  );
  return collection;
}

/**
 * Route middleware: only the collection's organizer passes (`:id` of the path); the
 * collection is `c.var.collection` after it.
 *
 * @example
 * collections.get('/:id/items', collectionOrganizerOnly, (c) => c.json(c.var.collection));
 */
export const collectionOrganizerOnly = createMiddleware<CollectionEnv>(async (c, next) => {
  c.set('collection', await organizerCollection(c, c.req.param('id') ?? ''));
  await next();
});
