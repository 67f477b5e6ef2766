import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import {
  ReviewMeetingSchema,
  documentSchemaNames,
  documentSchemas,
  isDocumentSchemaName,
  localize,
  toJSONSchema,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import { agendaHash } from '../audit/agenda-hash.js';
import { contentHash } from '../audit/content-hash.js';
import {
  publishCommitment,
  tallyHash,
  type PublishCommitment,
} from '../audit/publish-commitment.js';
import { LocalChangeFeed, type ChangeFeed } from '../live/change-feed.js';
import { LiveSnapshots } from '../live/live-snapshots.js';
import {
  castViolations,
  checkMeetingEvent,
  issueViolations,
  meetingActions,
  organizerEvent,
  type CodesRequest,
} from '../meeting/meeting-transition.js';
import { anonymousCodes, anonymousHistory, anonymousMeeting } from '../meeting/anonymous-roster.js';
import { marksViolations, tallyBallots, type CodeVoter } from '../meeting/meeting-tally.js';
import { qrSheetSvg } from '../qr/qr-sheet.js';
import { findCjkFont, qrSheetPdf, type PdfFont } from '../qr/qr-sheet-pdf.js';
import { hashSecret, normalizeVotingCode } from '../security/secrets.js';
import type { MeetingRecord, StoredBallot } from '../storage/records.js';
import type { BallotBoxRepository, CastRules } from '../storage/repository.js';
import { verifyMeetingExport, type MeetingExport } from '../verify/verify-export.js';
import {
  clientAddress,
  compileTrustProxy,
  type ProxyTrust,
  type TrustProxy,
} from './client-address.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from './idempotency-key.js';
import {
  conflict,
  errorResponse,
  localeOf,
  validate,
  violationProblems,
} from './error-responses.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import {
  AddItemRequestSchema,
  CastBallotRequestSchema,
  CreateCollectionRequestSchema,
  CreateMeetingRequestSchema,
  IssueCodesRequestSchema,
  OwnBallotRequestSchema,
  UpdateMeetingRequestSchema,
  isCastBallotRequest,
} from './request-schemas.js';

/** Options of {@link createApp}. */
export interface BallotBoxAppOptions {
  repository: BallotBoxRepository;
  /** Where changes are announced to event streams (default: in this process only). */
  feed?: ChangeFeed;
  /** Largest accepted request body in bytes (default 64 KiB); larger gets 413. */
  maxBodyBytes?: number;
  /** Requests per client address (default burst 300, 100/s); `false` disables. */
  perAddress?: RateLimit | false;
  /** Ballot requests per voting code (default burst 10, 1 every 6 s); `false` disables. */
  perCode?: RateLimit | false;
  /**
   * Which reverse proxies may name the client in `X-Forwarded-For`, for the per-address rate
   * limit: a number of proxy hops (`1` for one nginx or Caddy in front), their addresses and CIDR
   * subnets, `true` for every hop, or a trust function (see {@link TrustProxy} and
   * {@link ProxyTrust}). Default `false`: the client is the connection's peer and forwarding
   * headers are ignored. `createApp` throws `TrustProxyError` for a setting it cannot read.
   */
  trustProxy?: TrustProxy | ProxyTrust;
  /** Milliseconds between keep-alive comments on event streams (default 15 000). */
  keepAliveMs?: number;
  /**
   * Least milliseconds between two refreshes of a meeting's event streams (default 250):
   * ballots arriving meanwhile are shown together, and the tally runs once for all streams.
   */
  liveIntervalMs?: number;
  /**
   * The font for titles on PDF code sheets (a CJK font prints Chinese titles). Default: a Noto
   * Sans CJK or WenQuanYi font found at its usual place; `false` uses English titles only.
   */
  pdfFont?: PdfFont | false;
}

/**
 * What a meeting's event streams show: the turnout, the ranking when results are public, and
 * once published, the log position the results commit to.
 */
interface LiveSnapshot {
  turnout: Record<string, unknown>;
  ranking?: Record<string, unknown>;
  published?: Record<string, unknown>;
}

const notFoundMeeting = { en: 'No such meeting', 'zh-CN': '没有这个评审会' };
const notFoundCollection = { en: 'No such collection', 'zh-CN': '没有这个收集表' };

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

function publicMeeting(record: MeetingRecord): Record<string, unknown> {
  return {
    id: record.id,
    status: record.status,
    liveResults: record.liveResults,
    corsOrigins: record.corsOrigins,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    meeting: record.document,
  };
}

function resultsArePublic(record: MeetingRecord): boolean {
  return (
    record.status === 'published' ||
    (record.liveResults && (record.status === 'open' || record.status === 'closed'))
  );
}

/**
 * The ballot box's HTTP application: meetings and their lifecycle, voting codes, ballots
 * with receipts, results, a live event stream, exports with verification, and collections of
 * survey responses or applications. It is a plain Hono app, so it runs under Node
 * (`@hono/node-server`, see `startServer`), in tests through `app.request()`, and on any
 * fetch-style runtime.
 *
 * @example
 * const store = await openDatabase({ file: './qingyuan.db' });
 * const app = createApp({ repository: new BallotBoxRepository(store) });
 * const res = await app.request('/healthz'); // 200 { ok: true }
 */
export function createApp(options: BallotBoxAppOptions): Hono {
  const repo = options.repository;
  const feed = options.feed ?? new LocalChangeFeed();
  // Compiled once: a mistyped address fails here, not on every request.
  const trustProxy =
    typeof options.trustProxy === 'function'
      ? options.trustProxy
      : compileTrustProxy(options.trustProxy);
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const pdfFont = options.pdfFont === false ? undefined : (options.pdfFont ?? findCjkFont());
  const perAddress =
    options.perAddress === false
      ? undefined
      : new RateLimiter(options.perAddress ?? { burst: 300, perSecond: 100 });
  const perCode =
    options.perCode === false
      ? undefined
      : new RateLimiter(options.perCode ?? { burst: 10, perSecond: 1 / 6 });

  const app = new Hono();

  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const tooLarge = (c: Context) =>
    errorResponse(c, 413, 'payload-too-large', {
      en: 'The request body is too large',
      'zh-CN': '请求内容过大',
    });
  const streamedBodyLimit = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  app.use('*', (c, next) => {
    // A declared length is decided from the header (Node's parser holds the body to it), so
    // the body stays unread until the route reads it (@hono/node-server's fast path);
    // a chunked body goes through Hono's bodyLimit, which counts while it reads.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxBodyBytes ? Promise.resolve(tooLarge(c)) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return streamedBodyLimit(c, next);
  });

  // Every body is JSON: a body declared otherwise (a form, plain text) or not declared at all is
  // refused before any route reads it, which also keeps cross-site "simple" form posts out.
  app.use('*', async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const type = c.req.header('content-type');
    if (isJsonType(type) || !hasBody(c, type !== undefined)) return next();
    return errorResponse(c, 415, 'unsupported-media-type', {
      en: 'The request body must be JSON (Content-Type: application/json)',
      'zh-CN': '请求内容必须是 JSON（Content-Type: application/json）',
    });
  });

  if (perAddress !== undefined) {
    app.use('*', async (c, next) => {
      const key = clientAddress(c, trustProxy);
      if (!perAddress.take(key)) {
        c.header('Retry-After', String(perAddress.retryAfter(key)));
        return errorResponse(c, 429, 'rate-limited', {
          en: 'Too many requests from this address; try again shortly',
          'zh-CN': '该地址请求过多，请稍后再试',
        });
      }
      await next();
    });
  }

  /** CORS and origin checks from an allowlist loaded per meeting or collection. */
  const allowlisted =
    (load: (id: string) => Promise<string[] | undefined>): MiddlewareHandler =>
    async (c, next) => {
      const origin = c.req.header('origin');
      // No Origin: not a browser page calling across origins, so no allowlist to apply.
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
  const meetingOrigins = allowlisted(async (id) => (await repo.getMeeting(id))?.corsOrigins);
  const collectionOrigins = allowlisted(async (id) => (await repo.getCollection(id))?.corsOrigins);
  app.use('/meetings/:id', meetingOrigins);
  app.use('/meetings/:id/*', meetingOrigins);
  app.use('/collections/:id', collectionOrigins);
  app.use('/collections/:id/*', collectionOrigins);

  async function readJson(c: Context): Promise<unknown> {
    const text = await c.req.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return errorResponse(
        c,
        400,
        'invalid-json',
        { en: 'The request body is not valid JSON', 'zh-CN': '请求内容不是有效的 JSON' },
        { problems: [{ path: [], pointer: '', message: 'Not valid JSON', code: 'invalid-json' }] },
      );
    }
  }

  /** The meeting, when `c` carries its organizer token; else the 401/403/404 answer. */
  async function asOrganizer(c: Context, id: string): Promise<MeetingRecord | Response> {
    const record = await repo.getMeeting(id);
    if (record === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
    const token = bearer(c);
    if (token === undefined) {
      return errorResponse(c, 401, 'unauthorized', {
        en: 'This needs the meeting’s organizer token (Authorization: Bearer …)',
        'zh-CN': '此操作需要评审会组织者令牌（Authorization: Bearer …）',
      });
    }
    if (!(await repo.isOrganizer(id, token))) {
      return errorResponse(c, 403, 'forbidden', {
        en: 'This token does not give access to this meeting',
        'zh-CN': '此令牌无权操作这个评审会',
      });
    }
    return record;
  }

  /** The meeting when its results are public or `c` is its organizer; else the answer. */
  async function withResults(c: Context, id: string): Promise<MeetingRecord | Response> {
    const record = await repo.getMeeting(id);
    if (record === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
    if (resultsArePublic(record)) return record;
    if (bearer(c) !== undefined) return asOrganizer(c, id);
    return errorResponse(c, 403, 'results-hidden', {
      en: 'Results are hidden until the organizer publishes them',
      'zh-CN': '结果在组织者公布前不公开',
    });
  }

  async function tallyOf(record: MeetingRecord): Promise<TallyResult> {
    const [codes, ballots] = await Promise.all([
      repo.codeVoters(record.id),
      repo.ballots(record.id, { countedOnly: true }),
    ]);
    return publicTally(record.document, codes, ballots).tally;
  }

  async function exportOf(record: MeetingRecord): Promise<MeetingExport> {
    const [codes, ballots, log, history] = await Promise.all([
      repo.codeVoters(record.id),
      repo.ballots(record.id),
      repo.auditLog(record.id),
      repo.history(record.id),
    ]);
    const counted = ballots.filter((ballot) => ballot.counted);
    const { meeting, tally } = publicTally(record.document, codes, counted);
    return {
      meeting,
      status: record.status,
      ballots,
      log,
      tally,
      history: anonymousHistory(history, codes),
    };
  }

  /** What every event stream of a meeting shows, shared and throttled per meeting. */
  const live = new LiveSnapshots<LiveSnapshot>(
    feed,
    async (id) => {
      const record = await repo.getMeeting(id);
      if (record === undefined) throw new Error(`meeting ${id} is gone`);
      const turnout = await repo.turnout(id);
      const snapshot: LiveSnapshot = {
        turnout: { meeting: id, status: record.status, ...turnout },
      };
      if (resultsArePublic(record)) {
        const result = await tallyOf(record);
        snapshot.ranking = { meeting: id, counted: result.counted, ranking: result.ranking };
        const log = record.status === 'published' ? await repo.publishedLog(id) : undefined;
        if (log !== undefined) snapshot.published = { meeting: id, log, tally: tallyHash(result) };
      }
      return snapshot;
    },
    options.liveIntervalMs ?? 250,
  );

  function announce(id: string): void {
    // The change is committed; a lost notification only delays a live view.
    feed.publish(id).catch(() => undefined);
  }

  app.get('/healthz', (c) => c.json({ ok: true }));

  app.get('/schemas', (c) => c.json({ schemas: documentSchemaNames() }));

  app.get('/schemas/:name', (c) => {
    const name = c.req.param('name').replace(/\.json$/, '');
    if (!isDocumentSchemaName(name)) {
      return errorResponse(c, 404, 'not-found', {
        en: `No schema named "${name}" (GET /schemas lists them)`,
        'zh-CN': `没有名为“${name}”的文档结构（GET /schemas 列出全部）`,
      });
    }
    return c.json(toJSONSchema(name));
  });

  // ---- meetings -------------------------------------------------------------------------

  app.post('/meetings', async (c) => {
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, CreateMeetingRequestSchema, raw);
    if (body instanceof Response) return body;
    const meeting = validate(c, ReviewMeetingSchema, body.meeting, ['meeting']);
    if (meeting instanceof Response) return meeting;
    const created = await repo.createMeeting(meeting, {
      liveResults: body.liveResults,
      corsOrigins: body.corsOrigins,
    });
    if (!created.ok) {
      return conflict(c, [
        {
          rule: 'ballot-box.unique-meeting-id',
          message: {
            en: `A meeting with id “${meeting.id}” already exists`,
            'zh-CN': `已有编号为“${meeting.id}”的评审会`,
          },
          path: ['meeting', 'id'],
        },
      ]);
    }
    // The organizer token is shown once: no cache may keep the answer that carries it.
    c.header('Cache-Control', 'no-store');
    return c.json(
      { ...publicMeeting(created.record), organizerToken: created.organizerToken },
      201,
    );
  });

  app.get('/meetings/:id', async (c) => {
    const record = await repo.getMeeting(c.req.param('id'));
    if (record === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
    return c.json({ ...publicMeeting(record), turnout: await repo.turnout(record.id) });
  });

  app.patch('/meetings/:id', async (c) => {
    const id = c.req.param('id');
    const current = await asOrganizer(c, id);
    if (current instanceof Response) return current;
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, UpdateMeetingRequestSchema, raw);
    if (body instanceof Response) return body;
    let document: ReviewMeeting | undefined;
    if (body.meeting !== undefined) {
      const parsed = validate(c, ReviewMeetingSchema, body.meeting, ['meeting']);
      if (parsed instanceof Response) return parsed;
      document = parsed;
      if (document.id !== id) {
        return validationProblem(c, ['meeting', 'id'], `The meeting id must stay "${id}"`);
      }
    }
    const codes = (await repo.turnout(id)).codes;
    const outcome = await repo.changeMeeting(id, (record) => {
      const saved =
        document === undefined
          ? undefined
          : organizerEvent(record.state, { type: 'agenda-saved', payload: { meeting: document } });
      if (saved !== undefined) {
        const checked = checkMeetingEvent(record.state, saved, { codes });
        if (!checked.ok) return { ok: false, violations: [...checked.violations] };
      }
      return {
        ok: true,
        change: {
          ...(saved !== undefined ? { events: [saved] } : {}),
          ...(body.liveResults !== undefined ? { liveResults: body.liveResults } : {}),
          ...(body.corsOrigins !== undefined ? { corsOrigins: body.corsOrigins } : {}),
          log: {
            kind: 'meeting.updated',
            data: {
              ...(document !== undefined
                ? { document: contentHash(document), agenda: agendaHash(document) }
                : {}),
              ...(body.liveResults !== undefined ? { liveResults: body.liveResults } : {}),
              ...(body.corsOrigins !== undefined ? { corsOrigins: body.corsOrigins } : {}),
            },
          },
        },
      };
    });
    if (outcome === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
    if (!outcome.ok) return conflict(c, outcome.violations);
    announce(id);
    return c.json(publicMeeting(outcome.record));
  });

  for (const [action, type] of Object.entries(meetingActions)) {
    app.post(`/meetings/:id/${action}`, async (c) => {
      const id = c.req.param('id');
      const current = await asOrganizer(c, id);
      if (current instanceof Response) return current;
      const outcome = await repo.changeMeeting(id, async (record, locked) => {
        // Read under the meeting's lock: no ballot, code or step can commit in between, so a
        // publish that follows a close tallies every ballot the close let in.
        const turnout = await locked.turnout();
        const shown =
          type === 'results-published' && record.status === 'closed'
            ? publicTally(
                record.document,
                await locked.codeVoters(),
                await locked.ballots({ countedOnly: true }),
              )
            : undefined;
        const published = shown?.tally;
        const event = organizerEvent(
          record.state,
          type === 'results-published'
            ? {
                type,
                payload: {
                  ranking: (published?.ranking ?? []).map(({ project, rank }) => ({
                    project,
                    rank,
                  })),
                },
              }
            : { type },
        );
        const checked = checkMeetingEvent(record.state, event, { codes: turnout.codes });
        if (!checked.ok) return { ok: false, violations: [...checked.violations] };
        return {
          ok: true,
          change: {
            events: [event],
            log: {
              kind: auditKinds[type],
              data:
                shown !== undefined
                  ? publishedLog(
                      shown.tally,
                      publishCommitment(locked.log, shown.tally, shown.meeting),
                    )
                  : transitionLog(record, type),
            },
          },
        };
      });
      if (outcome === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
      if (!outcome.ok) return conflict(c, outcome.violations);
      announce(id);
      return c.json(publicMeeting(outcome.record));
    });
  }

  // ---- voting codes ---------------------------------------------------------------------

  app.post('/meetings/:id/codes', async (c) => {
    const id = c.req.param('id');
    const current = await asOrganizer(c, id);
    if (current instanceof Response) return current;
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, IssueCodesRequestSchema, raw);
    if (body instanceof Response) return body;
    const request: CodesRequest = 'count' in body ? { count: body.count } : { voters: body.voters };
    const outcome = await repo.issueCodes(id, request, (record, named) =>
      issueViolations(record.state, request, named),
    );
    if (outcome === undefined) return errorResponse(c, 404, 'not-found', notFoundMeeting);
    if (!outcome.ok) return conflict(c, outcome.violations);
    announce(id);
    c.header('Cache-Control', 'no-store');
    if (body.format === 'pdf') {
      const title = current.document.title;
      const pdf = await qrSheetPdf(outcome.codes, {
        title: title === undefined ? current.id : localize(title, localeOf(c)),
        ...(title === undefined ? {} : { fallbackTitle: localize(title, 'en') }),
        meetingId: current.id,
        ...(body.voteUrl !== undefined ? { voteUrl: body.voteUrl } : {}),
        ...(pdfFont !== undefined ? { font: pdfFont } : {}),
      });
      return c.body(new Uint8Array(pdf), 201, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${current.id}-codes.pdf"`,
      });
    }
    if (body.format === 'svg') {
      const title = current.document.title;
      const svg = await qrSheetSvg(outcome.codes, {
        title: title === undefined ? current.id : localize(title, localeOf(c)),
        meetingId: current.id,
        ...(body.voteUrl !== undefined ? { voteUrl: body.voteUrl } : {}),
      });
      return c.body(svg, 201, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
    }
    return c.json({ codes: outcome.codes }, 201);
  });

  // ---- ballots --------------------------------------------------------------------------

  app.post('/meetings/:id/ballots', async (c) => {
    const id = c.req.param('id');
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    // The plain check passes every well-formed ballot; the schema runs only to say what is wrong.
    const body = isCastBallotRequest(raw) ? raw : validate(c, CastBallotRequestSchema, raw);
    if (body instanceof Response) return body;
    const idempotencyKey = idempotencyKeyOf(c);
    if (idempotencyKey instanceof Response) return idempotencyKey;
    const codeKey =
      perCode === undefined ? '' : `${id}\u0000${hashSecret(normalizeVotingCode(body.code))}`;
    if (perCode !== undefined && !perCode.take(codeKey)) {
      c.header('Retry-After', String(perCode.retryAfter(codeKey)));
      return errorResponse(c, 429, 'rate-limited', {
        en: 'Too many ballots with this code; try again shortly',
        'zh-CN': '此投票码提交过于频繁，请稍后再试',
      });
    }
    const outcome = await repo.castBallot(
      id,
      { code: body.code, marks: body.marks, idempotencyKey },
      castRules,
    );
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'invalid-ballot':
          return errorResponse(
            c,
            400,
            'invalid-ballot',
            { en: 'The ballot does not fit this meeting', 'zh-CN': '选票与本评审会不符' },
            { problems: violationProblems(c, outcome.violations) },
          );
        case 'unknown-meeting':
          return errorResponse(c, 404, 'not-found', notFoundMeeting);
        case 'unknown-code':
          return errorResponse(c, 401, 'invalid-code', {
            en: 'This voting code is not valid for this meeting',
            'zh-CN': '此投票码对本评审会无效',
          });
        case 'idempotency-key-reused':
          return idempotencyKeyReused(c, {
            en: 'This Idempotency-Key was already used with a different ballot',
            'zh-CN': '此 Idempotency-Key 已用于另一张选票',
          });
        case 'rules':
          return conflict(c, outcome.violations);
      }
    }
    if (!outcome.replayed) announce(id);
    return c.json(
      {
        meeting: id,
        code: outcome.code,
        seq: outcome.seq,
        replaced: outcome.seq > 1,
        receipt: outcome.receipt,
        logSeq: outcome.logSeq,
        castAt: outcome.castAt,
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  app.post('/meetings/:id/ballots/mine', async (c) => {
    const id = c.req.param('id');
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, OwnBallotRequestSchema, raw);
    if (body instanceof Response) return body;
    const codeKey = `${id}\u0000${hashSecret(normalizeVotingCode(body.code))}`;
    if (perCode !== undefined && !perCode.take(codeKey)) {
      c.header('Retry-After', String(perCode.retryAfter(codeKey)));
      return errorResponse(c, 429, 'rate-limited', {
        en: 'Too many requests with this code; try again shortly',
        'zh-CN': '此投票码请求过于频繁，请稍后再试',
      });
    }
    if ((await repo.getMeeting(id)) === undefined) {
      return errorResponse(c, 404, 'not-found', notFoundMeeting);
    }
    const found = await repo.ballotOfCode(id, body.code);
    if (!found.found) {
      return errorResponse(c, 401, 'invalid-code', {
        en: 'This voting code is not valid for this meeting',
        'zh-CN': '此投票码对本评审会无效',
      });
    }
    return c.json({ ballot: found.ballot ?? null });
  });

  // ---- results, live events, exports ------------------------------------------------------

  app.get('/meetings/:id/results', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    const [result, turnout, log] = await Promise.all([
      tallyOf(record),
      repo.turnout(record.id),
      record.status === 'published' ? repo.publishedLog(record.id) : undefined,
    ]);
    return c.json({
      meeting: record.id,
      status: record.status,
      turnout,
      ...result,
      // What the results commit to: an export whose log does not hold this entry was cut or changed.
      ...(log !== undefined ? { log, tallyHash: tallyHash(result) } : {}),
    });
  });

  app.get('/meetings/:id/events', async (c) => {
    const id = c.req.param('id');
    if ((await repo.getMeeting(id)) === undefined) {
      return errorResponse(c, 404, 'not-found', notFoundMeeting);
    }
    return streamSSE(c, async (stream) => {
      let latest: LiveSnapshot | undefined;
      let wake: (() => void) | undefined;
      let eventId = 0;
      const stop = live.watch(id, (snapshot) => {
        latest = snapshot;
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      try {
        while (!stream.aborted && !stream.closed) {
          if (latest !== undefined) {
            const snapshot = latest;
            latest = undefined;
            await stream.writeSSE({
              event: 'turnout',
              id: String(++eventId),
              data: JSON.stringify(snapshot.turnout),
            });
            if (snapshot.ranking !== undefined) {
              await stream.writeSSE({
                event: 'ranking',
                id: String(++eventId),
                data: JSON.stringify(snapshot.ranking),
              });
            }
            if (snapshot.published !== undefined) {
              await stream.writeSSE({
                event: 'published',
                id: String(++eventId),
                data: JSON.stringify(snapshot.published),
              });
            }
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, keepAliveMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
          if (latest === undefined && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        stop();
      }
    });
  });

  app.get('/meetings/:id/export', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    return c.json(await exportOf(record));
  });

  app.get('/meetings/:id/export/ballots', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    return c.json({ meeting: record.id, ballots: await repo.ballots(record.id) });
  });

  app.get('/meetings/:id/export/tally', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    return c.json({ meeting: record.id, ...(await tallyOf(record)) });
  });

  app.get('/meetings/:id/export/log', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    return c.json({ meeting: record.id, log: await repo.auditLog(record.id) });
  });

  app.get('/meetings/:id/verify', async (c) => {
    const record = await withResults(c, c.req.param('id'));
    if (record instanceof Response) return record;
    // A voter checks their own receipt (or a few): `?receipt=…&receipt=…`.
    const receipts = (c.req.queries('receipt') ?? []).slice(0, 20);
    const report = verifyMeetingExport(await exportOf(record), { receipts });
    const locale = localeOf(c);
    return c.json({
      meeting: record.id,
      ok: report.ok,
      problems: report.problems.map(({ check, message }) => ({ check, message: message[locale] })),
      ...(receipts.length > 0 ? { receipts: report.receipts } : {}),
    });
  });

  // ---- collections: survey responses and applications -------------------------------------

  app.post('/collections', async (c) => {
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, CreateCollectionRequestSchema, raw);
    if (body instanceof Response) return body;
    const { organizerToken, record } = await repo.createCollection({
      kind: body.kind,
      schemaName: body.schema ?? null,
      corsOrigins: body.corsOrigins,
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...record, organizerToken }, 201);
  });

  app.post('/collections/:id/items', async (c) => {
    const id = c.req.param('id');
    const collection = await repo.getCollection(id);
    if (collection === undefined) return errorResponse(c, 404, 'not-found', notFoundCollection);
    const raw = await readJson(c);
    if (raw instanceof Response) return raw;
    const body = validate(c, AddItemRequestSchema, raw);
    if (body instanceof Response) return body;
    if (collection.schemaName !== null && isDocumentSchemaName(collection.schemaName)) {
      const checked = validate(c, documentSchemas[collection.schemaName], body.document, [
        'document',
      ]);
      if (checked instanceof Response) return checked;
    }
    const idempotencyKey = idempotencyKeyOf(c);
    if (idempotencyKey instanceof Response) return idempotencyKey;
    // Store what was sent, byte for byte in meaning: the schema check above only validates.
    const outcome = await repo.addItem(id, (raw as { document: unknown }).document, {
      idempotencyKey,
    });
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'unknown-collection':
          return errorResponse(c, 404, 'not-found', notFoundCollection);
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

  app.get('/collections/:id/items', async (c) => {
    const id = c.req.param('id');
    const collection = await repo.getCollection(id);
    if (collection === undefined) return errorResponse(c, 404, 'not-found', notFoundCollection);
    const token = bearer(c);
    if (token === undefined) {
      return errorResponse(c, 401, 'unauthorized', {
        en: 'This needs the collection’s organizer token (Authorization: Bearer …)',
        'zh-CN': '此操作需要收集表组织者令牌（Authorization: Bearer …）',
      });
    }
    if (!(await repo.isCollectionOrganizer(id, token))) {
      return errorResponse(c, 403, 'forbidden', {
        en: 'This token does not give access to this collection',
        'zh-CN': '此令牌无权查看这个收集表',
      });
    }
    const after = Number.parseInt(c.req.query('after') ?? '0', 10);
    const limit = Number.parseInt(c.req.query('limit') ?? '100', 10);
    const items = await repo.listItems(
      id,
      Number.isSafeInteger(after) && after > 0 ? after : 0,
      Number.isSafeInteger(limit) ? Math.min(Math.max(limit, 1), 1000) : 100,
    );
    return c.json({ collection: collection, items });
  });

  app.notFound((c) =>
    errorResponse(c, 404, 'not-found', { en: 'No such endpoint', 'zh-CN': '没有这个接口' }),
  );
  app.onError((_error, c) =>
    errorResponse(c, 500, 'internal', { en: 'Internal server error', 'zh-CN': '服务器内部错误' }),
  );
  return app;
}

/** `application/json` or a `+json` type, with or without parameters (`; charset=utf-8`). */
function isJsonType(type: string | undefined): boolean {
  return type !== undefined && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type.trim());
}

/**
 * Whether a request carries a body: over HTTP/1.1 a body has a declared length or is chunked
 * (read from the headers, so the body stays unread). A request with neither but with a type
 * (`typed`) is asked for its body: one built in process (`app.request`) declares no length.
 */
function hasBody(c: Context, typed: boolean): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  if (c.req.header('transfer-encoding') !== undefined) return true;
  return typed && c.req.raw.body !== null;
}

function validationProblem(c: Context, path: (string | number)[], message: string): Response {
  return errorResponse(
    c,
    400,
    'invalid-request',
    { en: 'The request is not valid', 'zh-CN': '请求不符合要求' },
    {
      problems: [
        {
          path,
          pointer: path.map((key) => `/${String(key)}`).join(''),
          message,
          code: 'invalid',
        },
      ],
    },
  );
}

/** The ballot box's checks of a ballot: its marks (core's ballot check), then the lifecycle. */
const castRules: CastRules = {
  marks: (record, marks) => marksViolations(record.document, marks),
  cast: (record, voter, marks) => castViolations(record.state, voter, marks),
};

/**
 * The meeting and its tally as published: the roster under code ids (`anonymousMeeting`), every
 * ballot under its code's id. The same result as tallying the named roster.
 */
function publicTally(
  document: ReviewMeeting,
  codes: readonly CodeVoter[],
  counted: readonly StoredBallot[],
): { meeting: ReviewMeeting; tally: TallyResult } {
  const meeting = anonymousMeeting(document, codes);
  return { meeting, tally: tallyBallots(meeting, anonymousCodes(codes), counted) };
}

/** The audit-log kind that records each lifecycle step. */
const auditKinds = {
  'weights-locked': 'meeting.weights-locked',
  'voting-opened': 'voting.opened',
  'voting-closed': 'voting.closed',
  'results-published': 'results.published',
} as const;

function transitionLog(
  record: MeetingRecord,
  type: keyof typeof auditKinds,
): Record<string, unknown> {
  if (type === 'weights-locked') {
    return {
      document: contentHash(record.document),
      agenda: agendaHash(record.document),
      weights: Object.fromEntries(record.document.criteria.map((c) => [c.id, c.weight])),
    };
  }
  return {};
}

/** The `results.published` entry: the ranking and what it commits to (see `PublishCommitment`). */
function publishedLog(
  published: TallyResult,
  commitment: PublishCommitment,
): Record<string, unknown> {
  return {
    counted: published.counted,
    ranking: published.ranking.map((row) => ({
      project: row.project,
      rank: row.rank,
      total: row.total,
    })),
    ...commitment,
  };
}
