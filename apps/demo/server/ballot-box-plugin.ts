import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@qingyuan/server';
import { isMeetingAction } from '@qingyuan/server/meeting';
import type { Plugin, ProxyOptions } from 'vite';
import { readBody } from '../../../scripts/request-body.mjs';
import { pbFormats } from '../src/data/example-district-pb.js';
import { createDemoPbElection, seedDemoPb } from './demo-pb.js';
import type { DemoRound } from './demo-round.js';
import { lanUrls } from './lan-urls.js';
import { demoOperatorKey } from './operator-key.js';
import {
  loadSession,
  publicSession,
  saveSession,
  seedDemo,
  type DemoSession,
} from './demo-session.js';
import type { BoxFetch } from './box-fetch.js';

/** Where the demo keeps its SQLite database and session, relative to the app. */
export interface BallotBoxPluginOptions {
  dataDir: string;
}

/** The roles of the demo's header whose credential is a bearer token of the round. */
const bearerRoles = ['organizer', 'service-center', 'supervisor', 'auditor', 'resident'] as const;
type BearerRole = (typeof bearerRoles)[number];

/** A participant id, as the demo's people have them (`p-wang`). */
const participantId = /^p-[a-z0-9-]{1,60}$/;

/**
 * Runs the ballot box (`@qingyuan/server` with SQLite) inside the Vite dev server's process:
 * `/api/*` goes to the ballot box, and `/demo/*` are the demo's own organizer endpoints
 * (session, lifecycle actions, weights, collections, reset) that add the organizer token the
 * browser never sees. State lives in `dataDir` and survives a restart.
 *
 * @example
 * const box = await ballotBox({ dataDir: '.data' });
 * export default defineConfig({ plugins: [box.plugin], server: { proxy: box.proxy } });
 */
export async function ballotBox(options: BallotBoxPluginOptions): Promise<{
  plugin: Plugin;
  proxy: Record<string, ProxyOptions>;
  server: RunningServer;
}> {
  mkdirSync(options.dataDir, { recursive: true });
  // Creating the demo's meeting and collections needs an operator key (see operator-key.ts).
  const operatorKey = demoOperatorKey(options.dataDir);
  const server = await startServer({
    database: { file: join(options.dataDir, 'demo.db') },
    port: 0,
    operatorKey,
  });
  const sessionFile = join(options.dataDir, 'session.json');
  const box: BoxFetch = (path, init) => fetch(`${server.url}${path}`, init);
  const saved = loadSession(sessionFile);
  // A saved session whose meeting is gone (the database was deleted) starts afresh.
  const usable = saved && (await box(`/meetings/${saved.meetingId}`)).ok;
  let session: DemoSession = usable ? saved : await seedDemo(box, operatorKey);
  saveSession(sessionFile, session);

  const asOrganizer = (path: string, init: RequestInit = {}, token = session.organizerToken) =>
    box(path, {
      ...init,
      headers: {
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
        ...(init.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    });

  async function reply(
    res: ServerResponse,
    response: Response | { status: number; body: unknown },
  ) {
    const status = response.status;
    const replayed = response instanceof Response && response.headers.get('idempotent-replayed');
    if (replayed) res.setHeader('idempotent-replayed', replayed);
    const body =
      response instanceof Response ? await response.text() : JSON.stringify(response.body);
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  }

  /**
   * The demo's round named `id` (`?round=`): the round of the cycle by default, or the
   * fictional Liuyinli round.
   */
  function roundOf(id: string | null): DemoRound | undefined {
    if (!id || id === session.round.id) return session.round;
    return id === session.fictional.id ? session.fictional : undefined;
  }

  /** A round's credential of a role of the header (a resident: their community's applicant). */
  function roleToken(
    role: BearerRole,
    community: string | null,
    round: DemoRound = session.round,
  ): string | undefined {
    const roles = round.roles;
    switch (role) {
      case 'organizer':
        return roles.organizer;
      case 'service-center':
        return roles.serviceCenter;
      case 'supervisor':
        return roles.supervisor;
      case 'auditor':
        return roles.auditor;
      case 'resident':
        return community ? roles.applicants[community] : undefined;
    }
  }

  /**
   * Whether the request carries the coordination group's credential of the round; otherwise
   * answers `403` saying, in the request's language, that only the organizer does `what`.
   */
  async function organizerOnly(
    req: IncomingMessage,
    res: ServerResponse,
    what: { 'zh-CN': string; en: string },
  ): Promise<boolean> {
    if (req.headers.authorization === `Bearer ${session.round.roles.organizer}`) return true;
    const zh = String(req.headers['accept-language'] ?? '').startsWith('zh');
    await reply(res, {
      status: 403,
      body: {
        error: 'forbidden',
        message: zh
          ? `只有组织方（协调小组）可以${what['zh-CN']}`
          : `Only the organizer (coordination group) ${what.en}`,
      },
    });
    return false;
  }

  const roundPath = (round: DemoRound = session.round) =>
    `/organizations/${round.organization}/rounds/${round.id}`;

  /** Posts as the operator (minting credentials) and answers the JSON body. */
  const asOperator = (path: string, body: unknown) =>
    box(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operatorKey}` },
      body: JSON.stringify(body),
    });

  const plugin: Plugin = {
    name: 'qingyuan-ballot-box',
    configureServer(dev) {
      dev.httpServer?.once('close', () => void server.close());
      dev.middlewares.use('/demo', (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://demo');
        const [, first, second] = url.pathname.split('/');
        const method = req.method ?? 'GET';
        const handle = async () => {
          if (method === 'GET' && first === 'session') {
            const address = dev.httpServer?.address();
            const port = typeof address === 'object' && address ? address.port : 5173;
            return reply(res, {
              status: 200,
              body: { ...publicSession(session), lanUrls: lanUrls(dev.config.server.host, port) },
            });
          }
          if (method === 'POST' && first === 'reset') {
            session = await seedDemo(box, operatorKey);
            saveSession(sessionFile, session);
            return reply(res, { status: 200, body: publicSession(session) });
          }
          if (first === 'meeting' && method === 'POST' && second && isMeetingAction(second)) {
            return reply(
              res,
              await asOrganizer(`/meetings/${session.meetingId}/${second}`, { method: 'POST' }),
            );
          }
          if (first === 'meeting' && method === 'PATCH' && !second) {
            const body = await readBody(req);
            return reply(
              res,
              await asOrganizer(`/meetings/${session.meetingId}`, { method: 'PATCH', body }),
            );
          }
          // Reads the organizer may make before results are public: the results, the log, the
          // whole export (downloaded from the audit screen) and its verification (with the
          // receipts a voter kept as `?receipt=`).
          const reads: Record<string, string> = {
            results: 'results',
            log: 'export/log',
            export: 'export',
            verify: 'verify',
          };
          if (first === 'meeting' && method === 'GET' && second && second in reads) {
            const path = `/meetings/${session.meetingId}/${reads[second]}${url.search}`;
            const language = req.headers['accept-language'];
            const headers = language ? { 'accept-language': language } : undefined;
            return reply(res, await asOrganizer(path, { headers }));
          }
          // The round as every screen reads it (the demo's shared board): its documents and
          // each project's history, read with the operator key; never a credential.
          if (first === 'round' && method === 'GET' && !second) {
            const round = roundOf(url.searchParams.get('round'));
            if (!round) {
              return reply(res, {
                status: 404,
                body: { error: 'not-found', message: 'No such round in the demo' },
              });
            }
            const exported = await box(`${roundPath(round)}/export`, {
              headers: { authorization: `Bearer ${operatorKey}` },
            });
            if (!exported.ok) return reply(res, exported);
            const all = (await exported.json()) as Record<string, unknown>;
            return reply(res, {
              status: 200,
              body: {
                organization: round.organization,
                id: round.id,
                round: all.round,
                applications: all.applications,
                vettings: all.vettings,
                summarySheets: all.summarySheets,
                decisions: all.decisions,
                projects: all.projects,
              },
            });
          }
          // The header's role switch: each role's own credential of this round (a resident
          // acts as their community's applicant). Never the operator key.
          if (first === 'roles' && method === 'GET' && second) {
            const role = bearerRoles.find((r) => r === second);
            const community = url.searchParams.get('community');
            const round = roundOf(url.searchParams.get('round'));
            const token = role && round ? roleToken(role, community, round) : undefined;
            if (!role || !round || !token) {
              return reply(res, {
                status: 404,
                body: { error: 'not-found', message: `No demo credential for ${second}` },
              });
            }
            return reply(res, {
              status: 200,
              body: {
                role,
                token,
                organization: round.organization,
                round: round.id,
                ...(role === 'resident' ? { community } : {}),
              },
            });
          }
          // The organizer (with the coordination group's credential of the round) creates a
          // further review meeting of the round: the box takes a new meeting from the operator
          // only, so the demo's server side creates it with the operator key and issues voting
          // codes for the demo's attendees; the browser then links it to the round itself
          // (`POST …/reviews` with the organizer's credential).
          if (first === 'review-meetings' && method === 'POST' && !second) {
            const language = req.headers['accept-language'];
            const zh = typeof language === 'string' && language.startsWith('zh');
            const what = { 'zh-CN': '创建评审会', en: 'creates a review meeting' };
            if (!(await organizerOnly(req, res, what))) return;
            let meeting: { id?: unknown; voters?: { id?: unknown }[] } | undefined;
            try {
              meeting = (JSON.parse(await readBody(req)) as { meeting?: typeof meeting }).meeting;
            } catch {
              meeting = undefined;
            }
            if (typeof meeting?.id !== 'string' || !Array.isArray(meeting.voters)) {
              return reply(res, {
                status: 400,
                body: {
                  error: 'invalid-meeting',
                  message: zh ? '请求里没有评审会文档' : 'The request carries no meeting document',
                },
              });
            }
            const id = meeting.id;
            // A retry after the link failed finds the meeting created the first time.
            const known = session.reviewMeetings?.find((m) => m.id === id);
            if (known) return reply(res, { status: 200, body: known });
            const headers = {
              'content-type': 'application/json',
              ...(typeof language === 'string' ? { 'accept-language': language } : {}),
            };
            const created = await box('/meetings', {
              method: 'POST',
              headers: { ...headers, authorization: `Bearer ${operatorKey}` },
              body: JSON.stringify({ meeting, liveResults: true }),
            });
            if (!created.ok) return reply(res, created);
            const { organizerToken } = (await created.json()) as { organizerToken: string };
            const issued = await box(`/meetings/${encodeURIComponent(id)}/codes`, {
              method: 'POST',
              headers: { ...headers, authorization: `Bearer ${organizerToken}` },
              body: JSON.stringify({ voters: meeting.voters.map((v) => v.id) }),
            });
            if (!issued.ok) return reply(res, issued);
            const { codes } = (await issued.json()) as {
              codes: { voter: string; code: string }[];
            };
            const made = { id, voters: codes.map(({ voter, code }) => ({ id: voter, code })) };
            session = { ...session, reviewMeetings: [...(session.reviewMeetings ?? []), made] };
            saveSession(sessionFile, session);
            return reply(res, { status: 201, body: made });
          }
          // The PB screen's elections (one per ballot format, seeded with the demo on every
          // reset; created here only for a session saved without them) with the voting codes
          // the box issued; `POST /demo/pb-elections/<format>` replaces one with a
          // fresh draft, so a closed vote can be run again.
          if (first === 'pb-elections') {
            const organization = session.round.organization;
            const token = session.round.roles.organizer;
            const format = pbFormats.find((f) => f === second);
            if (method === 'GET' && !second) {
              session.pbElections ??= await seedDemoPb(box, organization, token);
              saveSession(sessionFile, session);
              return reply(res, {
                status: 200,
                body: { organization, elections: session.pbElections },
              });
            }
            if (method === 'POST' && format) {
              const what = { 'zh-CN': '重新开始参与式预算投票', en: 'starts a PB vote again' };
              if (!(await organizerOnly(req, res, what))) return;
              const fresh = await createDemoPbElection(box, organization, token, format);
              const others = (session.pbElections ?? []).filter((e) => e.format !== format);
              session = {
                ...session,
                pbElections: pbFormats.flatMap((f) =>
                  f === format ? [fresh] : others.filter((e) => e.format === f),
                ),
              };
              saveSession(sessionFile, session);
              return reply(res, { status: 201, body: fresh });
            }
          }
          // The voting codes of one of the round's meetings (the seeded one or a created one),
          // as the meeting's links and QR codes hand them to the attendees.
          if (first === 'voters' && method === 'GET' && second) {
            const id = decodeURIComponent(second);
            const voters =
              id === session.meetingId
                ? session.voters
                : session.reviewMeetings?.find((m) => m.id === id)?.voters;
            if (!voters) {
              return reply(res, {
                status: 404,
                body: { error: 'not-found', message: `No demo voters for ${id}` },
              });
            }
            return reply(res, { status: 200, body: { meeting: id, voters } });
          }
          // The signing slips of a project's team: one-time signing codes, one per member named,
          // minted for this round (the box mints credentials for its operator only, so the demo's
          // server side does it) and only for the coordination group, whose credential of the
          // round must come with the request. Each member signs with their own code, on their own
          // phone (the slip's QR code), without a bearer token.
          if (first === 'signing-slips' && method === 'POST' && !second) {
            const language = req.headers['accept-language'];
            const zh = typeof language === 'string' && language.startsWith('zh');
            const what = { 'zh-CN': '发放签名码', en: 'hands out signing codes' };
            if (!(await organizerOnly(req, res, what))) return;
            let members: unknown;
            try {
              members = (JSON.parse(await readBody(req)) as { members?: unknown }).members;
            } catch {
              members = undefined;
            }
            if (
              !Array.isArray(members) ||
              members.length === 0 ||
              members.length > 50 ||
              !members.every((m) => typeof m === 'string' && participantId.test(m))
            ) {
              return reply(res, {
                status: 400,
                body: {
                  error: 'invalid-members',
                  message: zh
                    ? 'members 必须是 1 到 50 个参与者编号（如 p-wang）'
                    : 'members must be 1 to 50 participant ids (such as p-wang)',
                },
              });
            }
            const minted = await asOperator(
              `/organizations/${session.round.organization}/credentials`,
              { role: 'team-member', labels: members, round: session.round.id },
            );
            if (!minted.ok) return reply(res, minted);
            const { credentials } = (await minted.json()) as {
              credentials: { label: string; secret: string }[];
            };
            return reply(res, {
              status: 201,
              body: { slips: credentials.map((c) => ({ member: c.label, code: c.secret })) },
            });
          }
          // An element that posts a bare project event (<qy-closing-report> with its outbox and
          // Idempotency-Key) posts it here, with the credential of the header's role as its
          // Bearer (or, without one, for the role `?as=`, a resident with `&community=`): the
          // demo wraps it as the box takes it ({ event }), and the box decides whether that
          // credential may post it.
          if (first === 'project-events' && method === 'POST' && second) {
            const role = bearerRoles.find((r) => r === url.searchParams.get('as'));
            const round = roundOf(url.searchParams.get('round'));
            const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
            const token =
              bearer ??
              (role && round
                ? roleToken(role, url.searchParams.get('community'), round)
                : undefined);
            const language = req.headers['accept-language'];
            const key = req.headers['idempotency-key'];
            if (!token || !round) {
              const zh = typeof language === 'string' && language.startsWith('zh');
              return reply(res, {
                status: 403,
                body: {
                  error: 'forbidden',
                  message: zh
                    ? `演示里没有“${url.searchParams.get('as') ?? ''}”身份的凭证`
                    : `The demo has no credential for the role “${url.searchParams.get('as') ?? ''}”`,
                },
              });
            }
            let event: unknown;
            try {
              event = JSON.parse(await readBody(req));
            } catch {
              return reply(res, {
                status: 400,
                body: { error: 'invalid-json', message: 'The event is not JSON' },
              });
            }
            return reply(
              res,
              await box(
                `${roundPath(round)}/projects/${encodeURIComponent(decodeURIComponent(second))}/events`,
                {
                  method: 'POST',
                  headers: {
                    'content-type': 'application/json',
                    authorization: `Bearer ${token}`,
                    ...(typeof language === 'string' ? { 'accept-language': language } : {}),
                    ...(typeof key === 'string' ? { 'idempotency-key': key } : {}),
                  },
                  body: JSON.stringify({ event }),
                },
              ),
            );
          }
          const collections = {
            applications: session.applications,
            'survey-responses': session.surveyResponses,
            'work-records': session.workRecords,
          } as const;
          const listed = first && Object.hasOwn(collections, first) ? first : undefined;
          if (listed && method === 'GET' && !second) {
            const collection = collections[listed as keyof typeof collections];
            return reply(
              res,
              await asOrganizer(
                `/collections/${collection.id}/items?limit=1000`,
                {},
                collection.token,
              ),
            );
          }
          // <qy-needs-survey action="/demo/survey-responses"> posts the response itself, as
          // <qy-work-record endpoint="/demo/work-records"> posts the card; the ballot box's
          // collection takes it wrapped as { document } (and checks it with core's schema).
          if (
            (first === 'survey-responses' || first === 'work-records') &&
            method === 'POST' &&
            !second
          ) {
            const collection =
              first === 'survey-responses' ? session.surveyResponses : session.workRecords;
            const language = req.headers['accept-language'];
            const key = req.headers['idempotency-key'];
            let document: unknown;
            try {
              document = JSON.parse(await readBody(req));
            } catch {
              return reply(res, {
                status: 400,
                body: { error: 'invalid-json', message: 'The document is not JSON' },
              });
            }
            return reply(
              res,
              await box(`/collections/${collection.id}/items`, {
                method: 'POST',
                headers: {
                  'content-type': 'application/json',
                  ...(typeof language === 'string' ? { 'accept-language': language } : {}),
                  // The survey's outbox retries with the same key: the box stores it once.
                  ...(typeof key === 'string' ? { 'idempotency-key': key } : {}),
                },
                body: JSON.stringify({ document }),
              }),
            );
          }
          next();
        };
        handle().catch((error: unknown) =>
          reply(res, { status: 502, body: { error: 'ballot-box', message: String(error) } }),
        );
      });
    },
  };

  return {
    plugin,
    proxy: {
      '/api': {
        target: server.url,
        rewrite: (path) => path.replace(/^\/api/, ''),
        // Pages of the demo call /api on their own origin; the ballot box behind the proxy
        // would otherwise treat them as a foreign site (its CORS check reads Origin).
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
    server,
  };
}
