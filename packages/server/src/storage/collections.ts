import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import { hashSecret, newOrganizerToken, newPublicId, secretMatches } from '../security/secrets.js';
import { replayEarlier } from './idempotent-replay.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';
import { now } from './meeting-rows.js';

/** A collection of survey responses, applications or work record cards. */
export interface CollectionRecord {
  id: string;
  /** The id of the organisation that owns the collection. */
  organization: string;
  kind: 'survey-responses' | 'applications' | 'work-records';
  schemaName: string | null;
  corsOrigins: string[];
  items: number;
  createdAt: string;
  /** The id of the needs survey it collects for (served at `GET /collections/:id/survey`), or `null`. */
  survey: string | null;
  /** Whether anyone may read its aggregated needs report (else its organisation's roles only). */
  reportPublic: boolean;
}

/** One stored survey response, application or work record card. */
export interface CollectionItem {
  seq: number;
  document: unknown;
  receivedAt: string;
}

/** The outcome of storing a document in a collection. */
export type AddItemOutcome =
  | {
      ok: true;
      /** True when the request repeated an earlier one with the same idempotency key. */
      replayed: boolean;
      item: CollectionItem;
    }
  | { ok: false; reason: 'unknown-collection' | 'idempotency-key-reused' };

/**
 * Creates a collection for survey responses or applications; returns its organizer token
 * (shown once: only its hash is stored).
 *
 * @example
 * const { organizerToken, record } = await createCollection(db, { organization: 'default', kind: 'applications', schemaName: null, corsOrigins: [] });
 */
export async function createCollection(
  db: Kysely<BallotBoxTables>,
  input: {
    organization: string;
    kind: CollectionRecord['kind'];
    schemaName: string | null;
    corsOrigins: string[];
    /** The needs survey a survey-response collection collects for (stored as JSON). */
    survey?: { id: string } | null;
    reportPublic?: boolean;
  },
): Promise<{ organizerToken: string; record: CollectionRecord }> {
  const organizerToken = newOrganizerToken();
  const id = newPublicId('col-');
  const at = now();
  await db
    .insertInto('collections')
    .values({
      id,
      kind: input.kind,
      schema_name: input.schemaName,
      organizer_token_hash: hashSecret(organizerToken),
      cors_origins: JSON.stringify(input.corsOrigins),
      item_count: 0,
      created_at: at,
      organization_id: input.organization,
      survey: input.survey == null ? null : JSON.stringify(input.survey),
      report_public: input.reportPublic === true ? 1 : 0,
    })
    .execute();
  return { organizerToken, record: (await getCollection(db, id))! };
}

/**
 * The collection with this id, or `undefined`.
 *
 * @example
 * await getCollection(db, 'col-7K2Q9XWD'); // { id, kind: 'applications', items: 3, … }
 */
export async function getCollection(
  db: Kysely<BallotBoxTables>,
  id: string,
): Promise<CollectionRecord | undefined> {
  const row = await db
    .selectFrom('collections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return collectionRecord(row);
}

function collectionRecord(row: BallotBoxTables['collections']): CollectionRecord {
  return {
    id: row.id,
    organization: row.organization_id,
    kind: row.kind as CollectionRecord['kind'],
    schemaName: row.schema_name,
    corsOrigins: JSON.parse(row.cors_origins) as string[],
    items: Number(row.item_count),
    createdAt: row.created_at,
    survey: row.survey === null ? null : (JSON.parse(row.survey) as { id: string }).id,
    reportPublic: Number(row.report_public) === 1,
  };
}

/**
 * The needs survey document a collection collects for, as stored at its creation; `undefined`
 * when there is no such collection or it has no survey.
 *
 * @example
 * await collectionSurvey(db, 'col-7K2Q9XWD'); // { id: 'needs-2026', questions: [ … ], … }
 */
export async function collectionSurvey(db: Kysely<BallotBoxTables>, id: string): Promise<unknown> {
  const row = await db
    .selectFrom('collections')
    .select('survey')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.survey == null ? undefined : (JSON.parse(row.survey) as unknown);
}

/**
 * Whether `token` is this collection's organizer token (constant-time comparison).
 *
 * @example
 * await isCollectionOrganizer(db, 'col-7K2Q9XWD', token); // true
 */
export async function isCollectionOrganizer(
  db: Kysely<BallotBoxTables>,
  collectionId: string,
  token: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('collections')
    .select('organizer_token_hash')
    .where('id', '=', collectionId)
    .executeTakeFirst();
  return row !== undefined && secretMatches(token, row.organizer_token_hash);
}

/**
 * Stores one document verbatim in a collection and returns its number there. With an
 * idempotency key, a document the collection already stored under that key is not stored
 * again: the same document answers the first item (`replayed: true`), another document is
 * `idempotency-key-reused`, exactly as for ballots. The collection's row is locked (on
 * PostgreSQL; SQLite has one writer) before the key is looked up, so concurrent retries
 * store the document once.
 *
 * @example
 * const first = await addItem(db, id, { answer: 'yes' }, { idempotencyKey: 'k-1' }, false);
 * const retry = await addItem(db, id, { answer: 'yes' }, { idempotencyKey: 'k-1' }, false);
 * // first: { ok: true, replayed: false, item }; retry: { ok: true, replayed: true, item } (same item)
 */
export async function addItem(
  db: Kysely<BallotBoxTables>,
  collectionId: string,
  document: unknown,
  options: { idempotencyKey?: string | undefined },
  forUpdate: boolean,
): Promise<AddItemOutcome> {
  const key = options.idempotencyKey;
  const documentJson = JSON.stringify(document);
  return db.transaction().execute(async (trx): Promise<AddItemOutcome> => {
    const collection = await trx
      .selectFrom('collections')
      .select(['id', 'item_count'])
      .where('id', '=', collectionId)
      .$if(forUpdate, (qb) => qb.forUpdate())
      .executeTakeFirst();
    if (collection === undefined) return { ok: false, reason: 'unknown-collection' };
    if (key !== undefined) {
      const earlier = await trx
        .selectFrom('collection_items')
        .selectAll()
        .where('collection_id', '=', collectionId)
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
      if (earlier !== undefined) {
        const replay = replayEarlier({ request: earlier.document, answer: earlier }, documentJson);
        if (!replay.ok) return replay;
        return {
          ok: true,
          replayed: true,
          item: {
            seq: Number(replay.answer.seq),
            document: JSON.parse(replay.answer.document) as unknown,
            receivedAt: replay.answer.received_at,
          },
        };
      }
    }
    const item = { seq: Number(collection.item_count) + 1, document, receivedAt: now() };
    await trx
      .updateTable('collections')
      .set({ item_count: item.seq })
      .where('id', '=', collectionId)
      .execute();
    await trx
      .insertInto('collection_items')
      .values({
        collection_id: collectionId,
        seq: item.seq,
        document: documentJson,
        received_at: item.receivedAt,
        idempotency_key: key ?? null,
      })
      .execute();
    return { ok: true, replayed: false, item };
  });
}

/**
 * A page of a collection's items, oldest first, after item number `after`.
 *
 * @example
 * await listItems(db, 'col-7K2Q9XWD', 0, 100); // [{ seq: 1, document, receivedAt }, …]
 */
export async function listItems(
  db: Kysely<BallotBoxTables>,
  collectionId: string,
  after: number,
  limit: number,
): Promise<CollectionItem[]> {
  const rows = await db
    .selectFrom('collection_items')
    .selectAll()
    .where('collection_id', '=', collectionId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    document: JSON.parse(row.document) as unknown,
    receivedAt: row.received_at,
  }));
}

/**
 * A page of an organisation's collections in id order, after the collection id `after`.
 *
 * @example
 * const page = await listCollections(db, 'org-7K2Q', undefined, 50); // { items: [{ id, kind, items, … }], next }
 */
export async function listCollections(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<CollectionRecord>> {
  const page = await readKeysetPage(
    db.selectFrom('collections').selectAll().where('organization_id', '=', organizationId),
    'id',
    after,
    limit,
  );
  return { next: page.next, items: page.items.map(collectionRecord) };
}
