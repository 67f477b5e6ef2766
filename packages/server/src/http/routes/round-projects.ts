import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  ProjectEventSchema,
  compareCodePoints,
  type ProjectEvent,
  type Violation,
} from '@qingyuan/core';
import { roundReceipt } from '../../audit/round-receipt.js';
import { checkProjectEvents } from '../../round/check-project-events.js';
import { projectEventRoles } from '../../round/project-event-roles.js';
import { publicProjectView } from '../../round/public-project-view.js';
import { projectContextOf, type RoundProject } from '../../round/round-state.js';
import { useSigningCode, type CredentialRecord } from '../../storage/credentials.js';
import { keysetPage, pageLimit } from '../../storage/keyset-page.js';
import type { BallotBoxEnv } from '../app-env.js';
import { errorResponse, httpProblem, validate } from '../error-responses.js';
import { idempotencyKeyOf, replayedStatus } from '../idempotency-key.js';
import { readJson } from '../request-json.js';
import { requestHash } from '../request-hash.js';
import { credentialOpensRound, roundMember, roundNotFound } from '../round-access.js';
import { roundMeetings } from '../round-meetings.js';
import { ProjectEventRequestSchema } from '../round-request-schemas.js';
import { validateStrict } from '../strict-document.js';
import { refusedChange } from './round-applications.js';
import { roundReaders } from './rounds.js';

const m = (en: string, zh: string) => ({ en, 'zh-CN': zh });

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
 * `projectEventRoles` (`403` otherwise; an applicant only for its own projects) and each is
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
      roundReaders,
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
      roundReaders,
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
    const view = project === undefined ? undefined : publicProjectView(roundId, project.state);
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
    let poster: CredentialRecord;
    if (body.code !== undefined) {
      poster = await signer(c, org, roundId, body.code, event);
    } else {
      const { credential, round } = await roundMember(c, org, roundId, roundReaders);
      const roles = projectEventRoles[event.type];
      if (!roles.includes(credential.role)) {
        throw httpProblem(c, 403, 'forbidden', {
          en:
            roles.length === 0
              ? `A ${event.type} event is not posted here: it comes from the round's applications, reviews or funding decisions`
              : `A ${credential.role} credential cannot post a ${event.type} event (who may: ${roles.join(', ')})`,
          'zh-CN':
            roles.length === 0
              ? `${event.type} 事件不在此提交：它来自本轮次的申请、评审或资助决定`
              : `${credential.role} 角色凭证不能提交 ${event.type} 事件（可提交的角色：${roles.join('、')}）`,
        });
      }
      const project = round.state.projects.get(projectId);
      if (project === undefined) throw projectNotFound(c, projectId);
      if (credential.role === 'applicant' && project.submittedBy !== credential.id) {
        throw httpProblem(c, 403, 'forbidden', {
          en: `This applicant credential did not submit ${projectId}; it posts only for its own projects`,
          'zh-CN': `此申请方凭证没有提交项目 ${projectId}，只能为自己的项目提交记录`,
        });
      }
      poster = credential;
    }
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

function projectNotFound(c: Context, id: string) {
  return httpProblem(c, 404, 'not-found', {
    en: `This round has no project ${id}`,
    'zh-CN': `本轮次没有项目 ${id}`,
  });
}

function codeUsed(project: string): Violation {
  return {
    rule: 'ballot-box.signing-code-once',
    message: m(
      `This signing code has already signed; each code signs once (project ${project})`,
      `此签名码已经签过名，每个签名码只能签一次（项目 ${project}）`,
    ),
    path: ['code'],
  };
}

/**
 * The team member a signing code is, when it may sign this `contract-signed` event: a code of
 * the organisation (`401` otherwise), of this round if minted for one (`403`), whose label is
 * the member who signs and records the event (`403`: a member signs only for themselves).
 */
async function signer(
  c: Context<BallotBoxEnv>,
  org: string,
  roundId: string,
  code: string,
  event: ProjectEvent,
): Promise<CredentialRecord> {
  if (event.type !== 'contract-signed') {
    throw httpProblem(c, 403, 'forbidden', {
      en: `A signing code signs a contract-signed event only, not ${event.type}`,
      'zh-CN': `签名码只能用于签署职责合同（contract-signed），不能用于 ${event.type}`,
    });
  }
  const holder = await c.var.repository.signingCodeHolder(org, code);
  if (holder === undefined) {
    throw new HTTPException(401, {
      res: errorResponse(c, 401, 'invalid-code', {
        en: 'This signing code is not valid here',
        'zh-CN': '此签名码在这里无效',
      }),
    });
  }
  credentialOpensRound(c, holder, roundId);
  if (holder.label !== event.payload.member || holder.label !== event.by) {
    throw httpProblem(c, 403, 'forbidden', {
      en: `This signing code is ${holder.label ?? 'unlabelled'}'s; a member signs only their own contract`,
      'zh-CN': `此签名码属于 ${holder.label ?? '未标注的成员'}；成员只能签署自己的职责合同`,
    });
  }
  return holder;
}
