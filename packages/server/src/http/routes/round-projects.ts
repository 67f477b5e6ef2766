import { Hono } from 'hono';
import {
  messagePair as m,
  ProjectEventSchema,
  compareCodePoints,
  type ProjectEvent,
  type Violation,
} from '@qingyuan/core';
import { roundReceipt } from '../../audit/round-receipt.js';
import { checkProjectEvents } from '../../round/check-project-events.js';
import { publicProjectView } from '../../round/public-project-view.js';
import { projectContextOf, type RoundProject } from '../../round/round-state.js';
import { useSigningCode } from '../../storage/credentials.js';
import { keysetPage, pageLimit } from '../../storage/keyset-page.js';
import { projectEventPoster } from '../access/project-event-poster.js';
import { projectNotFound, roundMember, roundNotFound } from '../access/round-access.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem, validate } from '../error-responses.js';
import { idempotencyKeyOf, replayedStatus } from '../idempotency-key.js';
import { readJson } from '../request-json.js';
import { requestHash } from '../request-hash.js';
import { roundMeetings } from '../round-meetings.js';
import { ProjectEventRequestSchema } from '../round-request-schemas.js';
import { validateStrict } from '../strict-document.js';
import { refusedChange } from './round-applications.js';

function projectSummary(project: RoundProject) {
  return {
    id: project.id,
    title: project.state.application?.title ?? null,
    community: project.state.application?.community ?? null,
    status: project.state.status,
    granted: project.state.granted ?? null,
  };
}

/**
 * The projects of a round, mounted at `/organizations/:org/rounds`: `GET /:round/projects`
 * pages through them (`?after=<last id>&limit=`) and `GET /:round/projects/:project` is one
 * with its history, for the organisation's roles; `POST /:round/projects/:project/events`
 * records one of core's project events after the approval — who may post which kind is
 * `accessRoles`' `projectEventRoles` (`403` otherwise; an applicant only for its own projects) and each is
 * checked with core's project lifecycle (`409` with every violation). A team member signs
 * their contract without a bearer token: `{ "code": "<signing code>", "event": <contract-signed> }`
 * (what `<qy-execution-team>` posts), only for themselves (the code's label is their
 * participant id), once (a used code is refused). Every recorded event is an entry of the
 * round's log and answers its receipt; with an `Idempotency-Key`, a retry answers it again.
 * `GET /:round/projects/:project/public` is the accountability view of a funded project, for
 * anyone, without personal data.
 *
 * @example
 * app.route('/organizations/:org/rounds', roundProjectRoutes());
 */
export function roundProjectRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.get('/:round/projects', async (c) => {
    const { round } = await roundMember(
      c,
      c.req.param('org') ?? '',
      c.req.param('round'),
      accessRoles.roundReaders,
    );
    const after = c.req.query('after') || undefined;
    const sorted = [...round.state.projects.values()]
      .filter((project) => after === undefined || compareCodePoints(project.id, after) > 0)
      .sort((a, b) => compareCodePoints(a.id, b.id));
    const limit = pageLimit(c.req.query('limit'));
    const page = keysetPage(sorted.slice(0, limit + 1), limit, (project) => project.id);
    return c.json({ items: page.items.map(projectSummary), next: page.next });
  });

  routes.get('/:round/projects/:project', async (c) => {
    const { round } = await roundMember(
      c,
      c.req.param('org') ?? '',
      c.req.param('round'),
      accessRoles.roundReaders,
    );
    const project = round.state.projects.get(c.req.param('project'));
    if (project === undefined) throw projectNotFound(c, c.req.param('project'));
    return c.json({ ...projectSummary(project), history: project.history });
  });

  routes.get('/:round/projects/:project/public', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const round = await c.var.repository.getRound(org, roundId);
    if (round === undefined) throw roundNotFound(c, roundId);
    const project = round.state.projects.get(c.req.param('project'));
    const view =
      project === undefined
        ? undefined
        : publicProjectView(roundId, project.state, project.history);
    if (view === undefined) {
      throw httpProblem(c, 404, 'not-found', {
        en: `Round ${roundId} has no funded project ${c.req.param('project')}`,
        'zh-CN': `轮次 ${roundId} 没有获资助的项目 ${c.req.param('project')}`,
      });
    }
    return c.json(view);
  });

  routes.post('/:round/projects/:project/events', async (c) => {
    const repo = c.var.repository;
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const projectId = c.req.param('project');
    const raw = await readJson(c);
    const body = validate(c, ProjectEventRequestSchema, raw);
    const event = validateStrict(c, ProjectEventSchema, body.event, ['event']);
    const poster = await projectEventPoster(c, {
      organization: org,
      round: roundId,
      project: projectId,
      event,
      code: body.code,
    });
    const current = await repo.getRound(org, roundId);
    if (current === undefined) throw roundNotFound(c, roundId);
    if (!current.state.projects.has(projectId)) throw projectNotFound(c, projectId);
    const meetings = await roundMeetings(c, org, current.state.round.meetings);
    const outcome = await repo.changeRound(
      org,
      roundId,
      async (state, trx) => {
        const project = state.projects.get(projectId)!;
        const checked = checkProjectEvents(
          project.state,
          [event],
          projectContextOf(state, meetings),
          ['event'],
        );
        const violations: Violation[] = checked.ok ? [] : [...checked.violations];
        if (body.code !== undefined && poster.usedAt !== null) {
          violations.push(codeUsed(projectId));
        }
        if (violations.length > 0) return { ok: false, violations };
        if (body.code !== undefined) {
          // Spent in the transaction that records the signature: both happen or neither.
          const used = await useSigningCode(trx, org, body.code);
          if (!used.ok) return { ok: false, violations: [codeUsed(projectId)] };
        }
        return {
          ok: true,
          entry: {
            kind: 'project.event',
            data: { project: projectId, event, credential: poster.id },
            project: projectId,
            credential: poster.id,
          },
        };
      },
      { idempotencyKey: idempotencyKeyOf(c), requestHash: requestHash(raw, poster.id) },
    );
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    const recorded = (outcome.entry.data as { event: ProjectEvent }).event;
    return c.json(
      {
        project: projectId,
        event: recorded.type,
        status: outcome.round.state.projects.get(projectId)!.state.status,
        receipt: roundReceipt(roundId, outcome.entry),
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  return routes;
}

function codeUsed(project: string): Violation {
  return {
    rule: 'ballot-box.signing-code-once',
    message: m(
      `此签名码已经签过名，每个签名码只能签一次（项目 ${project}）`,
      `This signing code has already signed; each code signs once (project ${project})`,
    ),
    path: ['code'],
  };
}
