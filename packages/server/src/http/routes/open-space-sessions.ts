import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { streamSSE } from 'hono/streaming';
import {
  OpenSpaceSessionSchema,
  addDots,
  checkOpenSpaceSession,
  hideItem,
  openSpaceReport,
  removeDots,
  type HiddenItem,
  type OpenSpaceIdea,
  type OpenSpaceSession,
  type OpenSpaceTopic,
  type Application,
  type ProjectState,
  type Violation,
} from '@qingyuan/core';
import { newPublicId } from '../../security/secrets.js';
import { anonymousParticipants, type ParticipantCode } from '../../storage/open-space-codes.js';
import type { SessionChange, SessionPost } from '../../storage/open-space-store.js';
import type { SessionRecord } from '../../storage/open-space-sessions.js';
import { bearerToken } from '../access/bearer-token.js';
import { organizationMember, organizationNotFound } from '../access/organization-member.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { streamLatest } from '../latest-value-stream.js';
import {
  errorResponse,
  httpProblem,
  localizeViolations,
  validate,
  type Bilingual,
} from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import {
  CreateSessionRequestSchema,
  DotsRequestSchema,
  HideItemRequestSchema,
  ParticipantCodesRequestSchema,
  ParticipantRequestSchema,
  ProposeIdeaRequestSchema,
  ProposeTopicRequestSchema,
} from '../open-space-request-schemas.js';
import {
  participantDots,
  publicSessionView,
  sessionSummary,
  type PublicSessionView,
} from '../open-space-view.js';
import { pageLimit } from '../../storage/keyset-page.js';
import { readJson } from '../request-json.js';

const noSession: Bilingual = { en: 'No such Open Space session', 'zh-CN': '没有这个开放空间会议' };
const invalidCode: Bilingual = {
  en: 'This participant code is not valid for this session',
  'zh-CN': '这个参与码不适用于本次会议',
};
const breaksRules: Bilingual = {
  en: 'The request breaks the rules of the Open Space session',
  'zh-CN': '请求违反了开放空间会议的规则',
};

/** The `409 rule-violation` answer listing every violated rule, in the client's language. */
function ruleViolation(c: Context, violations: readonly Violation[]): Response {
  return errorResponse(c, 409, 'rule-violation', breaksRules, {
    violations: localizeViolations(c, violations),
  });
}

/** The stored session of `:org`/`:session`; throws `404` when there is none. */
async function existingSession(c: Context<BallotBoxEnv>): Promise<SessionRecord> {
  const record = await c.var.repository.openSpace.get(
    c.req.param('org') ?? '',
    c.req.param('session') ?? '',
  );
  if (record === undefined) throw httpProblem(c, 404, 'not-found', noSession);
  return record;
}

/**
 * The session, when the request carries the operator key or an organizer credential of its
 * organisation; throws `401`/`403`/`404` otherwise.
 */
async function runSession(c: Context<BallotBoxEnv>): Promise<SessionRecord> {
  const org = c.req.param('org') ?? '';
  await organizationMember(c, org, accessRoles.organizationRunners);
  return existingSession(c);
}

/** The participant a code acts as in the session; throws `401 invalid-code` for another code. */
async function participantOf(c: Context<BallotBoxEnv>, code: string): Promise<string> {
  const participant = await c.var.repository.openSpace.participantOf(
    c.req.param('org') ?? '',
    c.req.param('session') ?? '',
    code,
  );
  if (participant === undefined) throw httpProblem(c, 401, 'invalid-code', invalidCode);
  return participant;
}

/**
 * The post to remember for an `Idempotency-Key`, or `undefined` without the header. Keys are
 * the sender's on one route (`p-7K2Q/ideas`): the same key on another route is another post.
 * The code itself is never stored: the participant id stands for it.
 */
function postOf(
  c: Context<BallotBoxEnv>,
  sender: string,
  route: 'topics' | 'ideas' | 'dots' | 'hidden',
  body: Record<string, unknown>,
): SessionPost | undefined {
  const key = idempotencyKeyOf(c);
  if (key === undefined) return undefined;
  const { code: _code, ...request } = body;
  return {
    organization: c.req.param('org') ?? '',
    session: c.req.param('session') ?? '',
    sender: `${sender}/${route}`,
    key,
    request: JSON.stringify(request),
  };
}

/** The answer to a change: its own on success (`201`, or `200` for a replay), else the refusal. */
function answer<A extends object>(c: Context<BallotBoxEnv>, outcome: SessionChange<A>): Response {
  if (!outcome.ok) {
    switch (outcome.reason) {
      case 'unknown-session':
        throw httpProblem(c, 404, 'not-found', noSession);
      case 'idempotency-key-reused':
        return idempotencyKeyReused(c, {
          en: 'This Idempotency-Key was already used with a different request',
          'zh-CN': '此 Idempotency-Key 已用于另一个请求',
        });
      case 'violations':
        return ruleViolation(c, outcome.violations);
    }
  }
  if (!outcome.replayed)
    c.var.box.openSpace.announce(c.req.param('org') ?? '', c.req.param('session') ?? '');
  return c.json(outcome.answer, replayedStatus(c, outcome.replayed));
}

/** The violations of `next` that concern the list entry at `path` (the item just added). */
function violationsAt(next: OpenSpaceSession, path: readonly (string | number)[]): Violation[] {
  const check = checkOpenSpaceSession(next);
  if (check.ok) return [];
  return check.violations
    .filter((v) => path.every((key, i) => v.path[i] === key))
    .map((v) => ({ ...v, path: v.path.slice(path.length) }));
}

/**
 * Route middleware for a session's posts from another origin: only pages of the origins the
 * session was created with (`corsOrigins`) may post; others get `403 origin-not-allowed`.
 *
 * @example
 * app.use('/organizations/:org/sessions/:session/*', sessionOriginAllowlist());
 */
export function sessionOriginAllowlist(): MiddlewareHandler<BallotBoxEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const record = await c.var.repository.openSpace.get(
      c.req.param('org') ?? '',
      c.req.param('session') ?? '',
    );
    if (record !== undefined && !record.corsOrigins.includes(origin)) {
      return errorResponse(c, 403, 'origin-not-allowed', {
        en: `Pages from ${origin} may not send to this session: an organizer must add ${origin} to its corsOrigins`,
        'zh-CN': `来自 ${origin} 的页面不能向本次会议提交：请组织者把 ${origin} 加入会议的 corsOrigins`,
      });
    }
    return next();
  };
}

/**
 * Open Space sessions (开放空间) of an organisation, mounted at
 * `/organizations/:org/sessions`. Anyone pages through them (`GET /?after=<last id>&limit=`,
 * the public fields; the organisation's runners also see `corsOrigins` and times). Its operator or an organizer creates one (`POST /`, checked
 * with core: `400` naming each malformed field, `409` with every violated rule) and mints
 * participant codes (`POST /:session/codes`, answered once: one dot budget per code).
 * Participants, by code, propose topics (`POST /:session/topics`) and ideas
 * (`POST /:session/ideas`), and add or take back dots (`POST /:session/dots`) within core's
 * limits (`409` with the violation otherwise; the session's row is locked, so racing dots
 * never exceed a budget); `POST /:session/me` shows a participant their own dots. An organizer
 * hides an item with a recorded reason (`POST /:session/hidden`): nothing is deleted. Anyone
 * reads the session (`GET /:session`, without codes, names or anyone's own dots), its report
 * (`GET /:session/report`, ideas ranked by dots, each with the applications of the
 * organisation's rounds that name it in their `origin`, and whether each was funded or closed)
 * and its live updates
 * (`GET /:session/events`, a `session` event after each change); organizers export it with its
 * hash-chained log (`GET /:session/export`). Posts honour `Idempotency-Key`.
 *
 * @example
 * app.route('/organizations/:org/sessions', openSpaceSessionRoutes());
 */
export function openSpaceSessionRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/', async (c) => {
    const org = c.req.param('org') ?? '';
    await organizationMember(c, org, accessRoles.organizationRunners);
    const body = validate(c, CreateSessionRequestSchema, await readJson(c));
    const session = validate(c, OpenSpaceSessionSchema, body.session, ['session']);
    const check = checkOpenSpaceSession(session);
    if (!check.ok)
      return ruleViolation(
        c,
        check.violations.map((v) => ({ ...v, path: ['session', ...v.path] })),
      );
    if (!(await c.var.repository.openSpace.create(org, session, body.corsOrigins))) {
      return errorResponse(c, 409, 'session-exists', {
        en: `The organisation already has a session "${session.id}"`,
        'zh-CN': `该组织已有标识为 "${session.id}" 的会议`,
      });
    }
    const record = (await c.var.repository.openSpace.get(org, session.id))!;
    return c.json(publicSessionView(record), 201);
  });

  routes.get('/', async (c) => {
    const org = c.req.param('org') ?? '';
    // Anyone lists the sessions (their public fields); the organisation's runners also see
    // which origins may post and when each was created and last changed.
    const runner =
      bearerToken(c) === undefined
        ? undefined
        : await organizationMember(c, org, accessRoles.organizationRunners);
    if (runner === undefined && (await c.var.repository.getOrganization(org)) === undefined) {
      throw organizationNotFound(c);
    }
    const page = await c.var.repository.openSpace.list(
      org,
      c.req.query('after') || undefined,
      pageLimit(c.req.query('limit')),
    );
    return c.json({
      next: page.next,
      items: page.items.map((record) => ({
        ...sessionSummary(publicSessionView(record)),
        ...(runner === undefined
          ? {}
          : {
              corsOrigins: record.corsOrigins,
              createdAt: record.createdAt,
              updatedAt: record.updatedAt,
            }),
      })),
    });
  });

  routes.get('/:session', async (c) => c.json(publicSessionView(await existingSession(c))));

  routes.post('/:session/codes', async (c) => {
    const record = await runSession(c);
    const body = validate(c, ParticipantCodesRequestSchema, await readJson(c));
    const org = record.organization;
    const store = c.var.repository.openSpace;
    const outcome = await store.change<{ codes: ParticipantCode[] }>(
      org,
      record.session.id,
      async (session, trx) => {
        let next = session;
        let ids: string[];
        if ('count' in body) {
          ids = anonymousParticipants(body.count);
          next = {
            ...session,
            participants: [
              ...session.participants,
              ...ids.map((id) => ({ id, name: id, roles: ['resident' as const] })),
            ],
          };
        } else {
          ids = body.participants;
          const holding = await store.withCodes(trx, org, session.id);
          const known = new Set(session.participants.map((p) => p.id));
          const violations: Violation[] = [];
          const seen = new Set<string>();
          ids.forEach((id, i) => {
            if (!known.has(id))
              violations.push({
                rule: 'open-space.known-participant',
                message: {
                  'zh-CN': `"${id}" 不是本次会议的参与者`,
                  en: `"${id}" is not a participant of the session`,
                },
                path: ['participants', i],
              });
            else if (holding.has(id) || seen.has(id))
              violations.push({
                rule: 'open-space.one-code-per-participant',
                message: {
                  'zh-CN': `参与者 "${id}" 已有参与码（每人一个点数额度）`,
                  en: `Participant "${id}" already has a code (one dot budget each)`,
                },
                path: ['participants', i],
              });
            seen.add(id);
          });
          if (violations.length > 0) return { ok: false, violations };
        }
        const codes = await store.storeCodes(trx, org, session.id, ids);
        return {
          ok: true,
          session: next,
          log: { kind: 'codes.issued', data: { participants: ids } },
          answer: { codes },
        };
      },
    );
    c.header('Cache-Control', 'no-store');
    return answer(c, outcome);
  });

  routes.post('/:session/me', async (c) => {
    const record = await existingSession(c);
    const body = validate(c, ParticipantRequestSchema, await readJson(c));
    const participant = await participantOf(c, body.code);
    return c.json(participantDots(record.session, participant));
  });

  routes.post('/:session/topics', async (c) => {
    const record = await existingSession(c);
    const body = validate(c, ProposeTopicRequestSchema, await readJson(c));
    const participant = await participantOf(c, body.code);
    const outcome = await c.var.repository.openSpace.change<{ topic: OpenSpaceTopic }>(
      record.organization,
      record.session.id,
      (session) => {
        const topic: OpenSpaceTopic = {
          id: newPublicId('t-'),
          title: body.topic.title,
          convener: participant,
          ...(body.topic.description === undefined ? {} : { description: body.topic.description }),
        };
        const next = { ...session, topics: [...session.topics, topic] };
        const violations = violationsAt(next, ['topics', session.topics.length]);
        if (violations.length > 0) return { ok: false, violations };
        return {
          ok: true,
          session: next,
          log: { kind: 'topic.proposed', data: { topic } },
          answer: { topic },
        };
      },
      postOf(c, participant, 'topics', body),
    );
    return answer(c, outcome);
  });

  routes.post('/:session/ideas', async (c) => {
    const record = await existingSession(c);
    const body = validate(c, ProposeIdeaRequestSchema, await readJson(c));
    const participant = await participantOf(c, body.code);
    const outcome = await c.var.repository.openSpace.change<{ idea: OpenSpaceIdea }>(
      record.organization,
      record.session.id,
      (session) => {
        const sent = body.idea;
        const idea: OpenSpaceIdea = {
          id: newPublicId('i-'),
          kind: sent.kind,
          title: sent.title,
          ...(sent.description === undefined ? {} : { description: sent.description }),
          by: participant,
          community: sent.community,
          ...(sent.topic === undefined ? {} : { topic: sent.topic }),
        };
        const next = { ...session, ideas: [...session.ideas, idea] };
        const violations = violationsAt(next, ['ideas', session.ideas.length]).map((v) => ({
          ...v,
          path: ['idea', ...v.path],
        }));
        if (violations.length > 0) return { ok: false, violations };
        return {
          ok: true,
          session: next,
          log: { kind: 'idea.proposed', data: { idea } },
          answer: { idea },
        };
      },
      postOf(c, participant, 'ideas', body),
    );
    return answer(c, outcome);
  });

  routes.post('/:session/dots', async (c) => {
    const record = await existingSession(c);
    const body = validate(c, DotsRequestSchema, await readJson(c));
    const participant = await participantOf(c, body.code);
    const outcome = await c.var.repository.openSpace.change(
      record.organization,
      record.session.id,
      (session) => {
        const vote = { participant, idea: body.idea, dots: body.dots };
        const changed = body.change === 'add' ? addDots(session, vote) : removeDots(session, vote);
        if (!changed.ok) return changed;
        return {
          ok: true,
          session: changed.session,
          log: { kind: body.change === 'add' ? 'dots.added' : 'dots.removed', data: vote },
          answer: participantDots(changed.session, participant),
        };
      },
      postOf(c, participant, 'dots', body),
    );
    return answer(c, outcome);
  });

  routes.post('/:session/hidden', async (c) => {
    const record = await runSession(c);
    const body = validate(c, HideItemRequestSchema, await readJson(c));
    const outcome = await c.var.repository.openSpace.change<{ hidden: HiddenItem }>(
      record.organization,
      record.session.id,
      (session) => {
        const item: HiddenItem = { ...body, at: new Date().toISOString() };
        const changed = hideItem(session, item);
        if (!changed.ok) return changed;
        const hidden = changed.session.hidden!.find(
          (h) => h.kind === item.kind && h.id === item.id,
        )!;
        return {
          ok: true,
          session: changed.session,
          log: { kind: 'item.hidden', data: { item: hidden } },
          answer: { hidden },
        };
      },
      postOf(c, 'organizer', 'hidden', body),
    );
    return answer(c, outcome);
  });

  routes.get('/:session/report', async (c) => {
    const record = await existingSession(c);
    // The applications that name this session as their origin, with their projects' states,
    // from the rounds the origin index points to.
    const applications: Application[] = [];
    const states: Record<string, ProjectState> = {};
    for (const roundId of await c.var.repository.openSpace.roundsOf(
      record.organization,
      record.session.id,
    )) {
      const round = await c.var.repository.getRound(record.organization, roundId);
      for (const application of round?.state.applications ?? []) {
        if (application.origin?.session !== record.session.id) continue;
        applications.push(application);
        const project = round!.state.projects.get(application.id);
        if (project !== undefined) states[application.id] = project.state;
      }
    }
    const report = openSpaceReport(record.session, applications, states);
    // What organizers hid is listed with when and why, not with its text.
    const hiddenIdeas = report.hiddenIdeas.map(({ idea, record: hidden }) => ({
      idea: idea.id,
      kind: idea.kind,
      community: idea.community,
      hidden: { kind: hidden.kind, id: hidden.id, at: hidden.at, reason: hidden.reason },
    }));
    return c.json({ organization: record.organization, ...report, hiddenIdeas });
  });

  routes.get('/:session/export', async (c) => {
    const record = await runSession(c);
    const log = await c.var.repository.openSpace.log(record.organization, record.session.id);
    return c.json({
      organization: record.organization,
      session: record.session,
      hidden: record.session.hidden ?? [],
      log,
    });
  });

  routes.get('/:session/events', async (c) => {
    const record = await existingSession(c);
    const { openSpace, keepAliveMs } = c.var.box;
    return streamSSE(c, (stream) =>
      streamLatest<PublicSessionView>(
        stream,
        (push) => openSpace.live.watch(openSpace.key(record.organization, record.session.id), push),
        keepAliveMs,
        async (view, next) => {
          await stream.writeSSE({ event: 'session', id: next(), data: JSON.stringify(view) });
        },
      ),
    );
  });

  return routes;
}
