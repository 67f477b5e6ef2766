import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  InvalidInputError,
  NeedsSurveySchema,
  documentSchemas,
  isDocumentSchemaName,
  parseDocument,
  type NeedsSurvey,
} from '@qingyuan/core';
import { aggregatedNeedsReport } from '../../survey/aggregated-needs-report.js';
import { collectionNotFound, collectionOrganizerOnly } from '../access/collection-access.js';
import { reportReadableCollection } from '../access/collection-report-readers.js';
import { requestOperator } from '../access/request-credential.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem, validate } from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import { pageLimit } from '../../storage/keyset-page.js';
import { crossTabQuery } from '../cross-tab-query.js';
import { readJson } from '../request-json.js';
import { AddItemRequestSchema, CreateCollectionRequestSchema } from '../request-schemas.js';

/**
 * Collections of survey responses, applications or work record cards (工作记录卡, every item
 * a core `WorkRecord`), mounted at `/collections`: `POST /`
 * creates one for the organisation of the request's operator key (its organizer token is
 * answered once), `POST /:id/items` stores a document
 * (checked against the collection's schema, idempotent with `Idempotency-Key`), and
 * `GET /:id/items?after=&limit=` pages through them for the organizer. A survey-response
 * collection may be created with its needs survey (`survey`), which anyone reads at
 * `GET /:id/survey` (so an embedded `<qy-needs-survey box collection>` loads it from the box),
 * and whose needs report `GET /:id/report[?by=attribute:<id>|question:<id>]` serves
 * aggregated (counts and shares only, small cells suppressed: see `aggregatedNeedsReport`) to
 * the organisation's roles, or to anyone when the collection was created `reportPublic`.
 *
 * @example
 * app.route('/collections', collectionRoutes());
 */
export function collectionRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/', async (c) => {
    const operator = await requestOperator(c, 'collection');
    const body = validate(c, CreateCollectionRequestSchema, await readJson(c));
    const survey = body.survey === undefined ? null : collectedSurvey(c, body.kind, body.survey);
    const { organizerToken, record } = await c.var.repository.createCollection({
      organization: operator.organization,
      kind: body.kind,
      // A survey's responses are held to core's response schema unless another is named;
      // work record cards always to core's `WorkRecord`.
      schemaName:
        collectedSchemaName(c, body.kind, body.schema) ??
        (survey === null ? null : 'SurveyResponse'),
      corsOrigins: body.corsOrigins,
      survey,
      reportPublic: body.reportPublic,
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
    if (collection.survey !== null) {
      // A response to another survey would only be counted as malformed in the report.
      validate(c, z.object({ survey: z.literal(collection.survey) }), body.document, ['document']);
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

  routes.get('/:id/survey', async (c) => {
    const id = c.req.param('id');
    const survey = await c.var.repository.collectionSurvey(id);
    if (survey === undefined) {
      if ((await c.var.repository.getCollection(id)) === undefined) throw collectionNotFound(c);
      throw httpProblem(c, 404, 'no-survey', {
        en: 'This collection was created without a survey',
        'zh-CN': '这个收集表创建时没有附带问卷',
      });
    }
    return c.json(survey as Record<string, unknown>);
  });

  routes.get('/:id/report', async (c) => {
    const repo = c.var.repository;
    const collection = await reportReadableCollection(c, c.req.param('id'));
    const stored = await repo.collectionSurvey(collection.id);
    if (stored === undefined) {
      throw httpProblem(c, 404, 'no-survey', {
        en: 'This collection was created without a survey, so it has no needs report',
        'zh-CN': '这个收集表创建时没有附带问卷，因此没有需求报告',
      });
    }
    // Stored as core parsed it; parsed again so a document core no longer accepts is a 409.
    const survey = storedSurvey(stored);
    const crossTabBy = crossTabQuery(c, survey, c.req.query('by'));
    const items = await repo.listItems(collection.id, 0, collection.items);
    const report = aggregatedNeedsReport(
      survey,
      items.map((item) => item.document),
      crossTabBy === undefined ? {} : { crossTabBy },
    );
    return c.json({ collection: collection.id, ...report });
  });

  return routes;
}

/**
 * The document schema named to create a collection: a `work-records` collection holds core's
 * `WorkRecord` (the default; naming another schema is a `400` under `schema`), the other kinds
 * what was named, if anything.
 */
function collectedSchemaName(
  c: Context<BallotBoxEnv>,
  kind: string,
  named: string | undefined,
): string | undefined {
  if (kind !== 'work-records') return named;
  if (named === undefined || named === 'WorkRecord') return 'WorkRecord';
  throw httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request body is not valid', 'zh-CN': '请求内容不符合要求' },
    {
      problems: [
        {
          path: ['schema'],
          pointer: '/schema',
          code: 'custom',
          message:
            c.var.locale === 'zh-CN'
              ? `work-records 类型的收集表只收 WorkRecord（工作记录卡），不能用 ${named}`
              : `A work-records collection holds WorkRecord documents (work record cards), not ${named}`,
        },
      ],
    },
  );
}

/** A survey read back from storage, checked with today's core. */
function storedSurvey(stored: unknown): NeedsSurvey {
  const parsed = parseDocument(NeedsSurveySchema, stored);
  if (!parsed.ok)
    throw new InvalidInputError('needsReport', 'survey', 'NeedsSurvey', parsed.violations);
  return parsed.value;
}

/**
 * The needs survey sent to create a collection, checked with core's `NeedsSurveySchema` (as
 * parsed: what is served later is what core accepts); throws the `400` answer naming what is
 * wrong under `survey`, or that only a survey-response collection carries a survey.
 */
function collectedSurvey(c: Context<BallotBoxEnv>, kind: string, sent: unknown): NeedsSurvey {
  const survey = validate(c, NeedsSurveySchema, sent, ['survey']);
  if (kind !== 'survey-responses') {
    const en = 'Only a survey-responses collection carries a survey';
    throw httpProblem(
      c,
      400,
      'invalid-request',
      { en: 'The request body is not valid', 'zh-CN': '请求内容不符合要求' },
      {
        problems: [
          {
            path: ['survey'],
            pointer: '/survey',
            code: 'custom',
            message:
              c.var.locale === 'zh-CN' ? '只有 survey-responses 类型的收集表可以附带问卷' : en,
          },
        ],
      },
    );
  }
  return survey;
}
