import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { InvalidInputError } from '@qingyuan/core';
import { LocalChangeFeed, type ChangeFeed } from '../live/change-feed.js';
import { LiveSnapshots } from '../live/live-snapshots.js';
import { openSpaceLive } from '../live/open-space-live.js';
import { findCjkFont, type PdfFont } from '../qr/qr-sheet-pdf.js';
import type { BallotBoxRepository } from '../storage/repository.js';
import type { BallotBoxEnv, BallotBoxServices } from './app-env.js';
import { compileTrustProxy, type ProxyTrust, type TrustProxy } from './client-address.js';
import { errorResponse, localeOf, localizeViolations } from './error-responses.js';
import { liveSnapshot } from './live-snapshot.js';
import { bodySizeLimit, jsonBodiesOnly } from './middleware/body-guards.js';
import { originAllowlist, readableAcrossOrigins } from './middleware/origin-allowlist.js';
import { rateLimitPerAddress } from './middleware/rate-limit-per-address.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { ballotRoutes } from './routes/ballots.js';
import { codeCheckRoutes } from './routes/code-check.js';
import { codeRoutes } from './routes/codes.js';
import { collectionRoutes } from './routes/collections.js';
import { consoleRoutes } from './routes/console.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { meetingRoutes } from './routes/meetings.js';
import { organizationRoutes } from './routes/organizations.js';
import { resultRoutes } from './routes/results-and-exports.js';
import { pbElectionRoutes } from './routes/pb-elections.js';
import { roundRoutes } from './routes/rounds.js';
import { roundApplicationRoutes } from './routes/round-applications.js';
import { roundDecisionRoutes } from './routes/round-decisions.js';
import { roundProjectRoutes } from './routes/round-projects.js';
import { openSpaceSessionRoutes, sessionOriginAllowlist } from './routes/open-space-sessions.js';

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
  /**
   * The folder of a built organizer console (`index.html` and `assets/`, the `dist/` of
   * `@qingyuan/console`), served at `/console/`; `qingyuan serve` passes it. Default: none, and
   * `/console/` says how to get one.
   */
  consoleRoot?: string;
}

/**
 * The ballot box's HTTP application: meetings and their lifecycle, voting codes, ballots
 * with receipts, results, a live event stream, exports with verification, and collections of
 * survey responses or applications, owned by organisations whose operator keys create them
 * and mint role credentials (`/organizations`). It is a plain Hono app, so it runs under Node
 * (`@hono/node-server`, see `startServer`), in tests through `app.request()`, and on any
 * fetch-style runtime.
 *
 * This function only wires: the options, the order of the middlewares (`http/middleware/`),
 * the route modules (`http/routes/`, one per resource), and the answers for an unknown path
 * and for an error (an `HTTPException` carries its localized answer; anything else is a `500`
 * without details).
 *
 * @example
 * const store = await openDatabase({ file: './qingyuan.db' });
 * const repository = new BallotBoxRepository(store);
 * const operatorKey = await repository.ensureOperator(); // 'qyk_…' once, for a new database
 * const app = createApp({ repository });
 * const res = await app.request('/healthz'); // 200 { ok: true }
 */
export function createApp(options: BallotBoxAppOptions): Hono<BallotBoxEnv> {
  const repository = options.repository;
  const feed = options.feed ?? new LocalChangeFeed();
  // Compiled once: a mistyped address fails here, not on every request.
  const trustProxy =
    typeof options.trustProxy === 'function'
      ? options.trustProxy
      : compileTrustProxy(options.trustProxy);
  const box: BallotBoxServices = {
    announce(meetingId) {
      // The change is committed; a lost notification only delays a live view.
      feed.publish(meetingId).catch(() => undefined);
    },
    live: new LiveSnapshots(
      feed,
      (id) => liveSnapshot(repository, id),
      options.liveIntervalMs ?? 250,
    ),
    perCode:
      options.perCode === false
        ? undefined
        : new RateLimiter(options.perCode ?? { burst: 10, perSecond: 1 / 6 }),
    keepAliveMs: options.keepAliveMs ?? 15_000,
    pdfFont: options.pdfFont === false ? undefined : (options.pdfFont ?? findCjkFont()),
    openSpace: openSpaceLive(feed, repository, options.liveIntervalMs ?? 250),
  };

  const app = new Hono<BallotBoxEnv>();

  app.use('*', async (c, next) => {
    c.set('repository', repository);
    c.set('box', box);
    c.set('locale', localeOf(c));
    await next();
  });
  // CORS first, so that every refusal below reaches the calling page (see readableAcrossOrigins).
  const scoped = ['/meetings/:id', '/meetings/:id/*', '/collections/:id', '/collections/:id/*'];
  for (const path of scoped) app.use(path, readableAcrossOrigins());
  // A PB election's page may be embedded anywhere: its voters' codes are its access control.
  app.use('/organizations/:id/pb-elections/:election/*', readableAcrossOrigins());
  // A funded project's public view is read by any page; a signature needs its secret code, so
  // <qy-execution-team> may post it from the organisation's own site.
  const roundProject = '/organizations/:org/rounds/:round/projects/:project';
  for (const path of [`${roundProject}/public`, `${roundProject}/events`]) {
    app.use(path, readableAcrossOrigins());
  }
  // The service center's <qy-funding-decision box> decides from the organisation's own site:
  // the route takes only a bearer credential of the round (never a cookie), so answering other
  // origins grants a page nothing a plain HTTP client does not have, and it reads the box's
  // refusals (409, 403) instead of a network error it would take for being offline.
  app.use('/organizations/:org/rounds/:round/funding-decisions', readableAcrossOrigins());
  app.use('/organizations/:org/sessions/:session', readableAcrossOrigins());
  app.use('/organizations/:org/sessions/:session/*', readableAcrossOrigins());
  app.use('*', bodySizeLimit(options.maxBodyBytes ?? 64 * 1024));
  app.use('*', jsonBodiesOnly());
  if (options.perAddress !== false) {
    const limiter = new RateLimiter(options.perAddress ?? { burst: 300, perSecond: 100 });
    app.use('*', rateLimitPerAddress(limiter, trustProxy));
  }
  const meetingOrigins = originAllowlist(
    async (id) => (await repository.getMeeting(id))?.corsOrigins,
  );
  const collectionOrigins = originAllowlist(
    async (id) => (await repository.getCollection(id))?.corsOrigins,
  );
  app.use('/meetings/:id', meetingOrigins);
  app.use('/meetings/:id/*', meetingOrigins);
  app.use('/collections/:id', collectionOrigins);
  app.use('/collections/:id/*', collectionOrigins);
  app.use('/organizations/:org/sessions/:session/*', sessionOriginAllowlist());

  app.route('/', healthRoutes());
  app.route('/meetings', meetingRoutes());
  app.route('/meetings', codeRoutes());
  app.route('/meetings', codeCheckRoutes());
  app.route('/meetings', ballotRoutes());
  app.route('/meetings', resultRoutes());
  app.route('/meetings', eventRoutes());
  app.route('/collections', collectionRoutes());
  app.route('/organizations', organizationRoutes());
  app.route('/organizations', pbElectionRoutes());
  app.route('/console', consoleRoutes({ root: options.consoleRoot }));
  app.route('/organizations/:org/rounds', roundRoutes());
  app.route('/organizations/:org/rounds', roundApplicationRoutes());
  app.route('/organizations/:org/rounds', roundDecisionRoutes());
  app.route('/organizations/:org/rounds', roundProjectRoutes());
  app.route('/organizations/:org/sessions', openSpaceSessionRoutes());

  app.notFound((c) =>
    errorResponse(c, 404, 'not-found', { en: 'No such endpoint', 'zh-CN': '没有这个接口' }),
  );
  app.onError((error, c) => {
    // A refusal (401, 403, 404, 400, 429…) carries its localized answer.
    if (error instanceof HTTPException) return error.getResponse();
    // A document stored by an earlier version that today's core refuses (a weight beyond
    // the bounds added since, say): the organizer learns what to correct, not "internal".
    if (error instanceof InvalidInputError) {
      return errorResponse(
        c,
        409,
        'stored-document-invalid',
        {
          en: `The stored ${error.expected} no longer passes this version's checks; correct it (in draft) or export and re-create the meeting`,
          'zh-CN': `已保存的 ${error.expected} 不再符合本版本的检查：请在草稿状态下更正，或导出后重新创建评审会`,
        },
        { violations: localizeViolations(c, error.violations) },
      );
    }
    return errorResponse(c, 500, 'internal', {
      en: 'Internal server error',
      'zh-CN': '服务器内部错误',
    });
  });
  return app;
}
