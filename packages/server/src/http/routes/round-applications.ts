import { Hono, type Context } from 'hono';
import {
  ApplicationSchema,
  checkApplicationOrigin,
  type Application,
  VettingSchema,
  checkRound,
  checkVetting,
  type ProjectEvent,
  type Violation,
} from '@qingyuan/core';
import { roundReceipt } from '../../audit/round-receipt.js';
import { checkProjectEvents } from '../../round/check-project-events.js';
import { projectContextOf } from '../../round/round-state.js';
import { recordApplicationOrigin } from '../../storage/application-origins.js';
import type { RoundChangeOutcome } from '../../storage/rounds.js';
import { now } from '../../storage/meeting-rows.js';
import { roundMember, roundNotFound } from '../access/round-access.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { roundConflict, validate } from '../error-responses.js';
import { idempotencyKeyOf, idempotencyKeyReused, replayedStatus } from '../idempotency-key.js';
import { readJson } from '../request-json.js';
import { roundMeetings } from '../round-meetings.js';
import {
  ReviewRequestSchema,
  SubmitApplicationRequestSchema,
  VettingRequestSchema,
} from '../round-request-schemas.js';
import { requestHash } from '../request-hash.js';
import { validateStrict } from '../strict-document.js';

/**
 * The answer to a change of a round that did not happen: `404` for a round gone, `422` for an
 * `Idempotency-Key` reused with another request, `409` with every violated rule; `undefined`
 * when the change happened.
 *
 * @example
 * const refused = refusedChange(c, round, outcome);
 * if (refused) return refused;
 */
export function refusedChange(
  c: Context,
  round: string,
  outcome: RoundChangeOutcome,
): Response | undefined {
  if (outcome.ok) return undefined;
  switch (outcome.reason) {
    case 'unknown-round':
      throw roundNotFound(c, round);
    case 'idempotency-key-reused':
      return idempotencyKeyReused(c, {
        en: 'This Idempotency-Key was already used with a different request',
        'zh-CN': '此 Idempotency-Key 已用于另一个请求',
      });
    case 'rule-violation':
      return roundConflict(c, outcome.violations);
  }
}

/**
 * Why an application's `origin` does not point into an Open Space session of the organisation:
 * the session is unknown (`open-space.origin-session`), or core's `checkApplicationOrigin`
 * finds an idea the session does not hold (`open-space.known-idea`). Paths start at
 * `application`; none for an application without an origin.
 */
async function originViolations(
  c: Context<BallotBoxEnv>,
  org: string,
  application: Application,
): Promise<Violation[]> {
  const origin = application.origin;
  if (origin === undefined) return [];
  const record = await c.var.repository.openSpace.get(org, origin.session);
  if (record === undefined) {
    return [
      {
        rule: 'open-space.origin-session',
        message: {
          en: `The organisation has no Open Space session “${origin.session}” for application “${application.id}” to come from`,
          'zh-CN': `本组织没有开放空间会议“${origin.session}”，申请书“${application.id}”不能来自它`,
        },
        path: ['application', 'origin', 'session'],
      },
    ];
  }
  const checked = checkApplicationOrigin(application, record.session);
  return checked.ok
    ? []
    : checked.violations.map((v) => ({ ...v, path: ['application', ...v.path] }));
}

/**
 * A round's applications, vettings and reviews, mounted at `/organizations/:org/rounds`:
 * `POST /:round/applications` (an applicant or organizer) submits an application — core's
 * `application-saved` and `submitted` events of a new project, checked with the submission
 * rules and `checkRound`; an `origin` must name an Open Space session of the organisation and
 * its ideas (`checkApplicationOrigin`), and is indexed for the session's report — and answers
 * the log receipt; `POST /:round/vettings` (the service
 * center or organizer) records core's `Vetting`, checked with `checkVetting`;
 * `POST /:round/reviews` (the service center or organizer) links a review meeting of the
 * organisation and records `review-started` for every project on its agenda, checked with the
 * review rules (on the agenda, vetted, request unchanged). Each is an entry of the round's log;
 * `409` lists every violated rule.
 *
 * @example
 * app.route('/organizations/:org/rounds', roundApplicationRoutes());
 */
export function roundApplicationRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/:round/applications', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const { credential } = await roundMember(c, org, roundId, accessRoles.applicationSubmitters);
    const raw = await readJson(c);
    const body = validate(c, SubmitApplicationRequestSchema, raw);
    const application = validateStrict(c, ApplicationSchema, body.application, ['application']);
    const at = body.at ?? now();
    const events: ProjectEvent[] = [
      { type: 'application-saved', at, by: body.by, payload: { application } },
      { type: 'submitted', at, by: body.by },
    ];
    const idempotencyKey = idempotencyKeyOf(c);
    const origin = await originViolations(c, org, application);
    const outcome = await c.var.repository.changeRound(
      org,
      roundId,
      async (state, trx) => {
        if (state.projects.has(application.id)) {
          return {
            ok: false,
            violations: [
              {
                rule: 'ballot-box.unique-application',
                message: {
                  en: `Round ${roundId} already has an application ${application.id}`,
                  'zh-CN': `轮次 ${roundId} 已有申请 ${application.id}`,
                },
                path: ['application', 'id'],
              },
            ],
          };
        }
        const context = projectContextOf(state, []);
        const checked = checkProjectEvents(undefined, events, context, []);
        const placed = checkRound(
          { ...state.round, applications: [...state.round.applications, application.id] },
          { applications: [application], decisions: state.decisions },
        );
        const violations: Violation[] = [
          ...origin,
          ...(checked.ok ? [] : checked.violations),
          ...(placed.ok
            ? []
            : placed.violations
                .filter((v) => v.rule === 'round.communities')
                .map((v) => ({ ...v, path: ['application', 'community'] }))),
        ];
        if (violations.length > 0) return { ok: false, violations };
        if (application.origin !== undefined) {
          await recordApplicationOrigin(
            trx,
            org,
            application.origin.session,
            roundId,
            application.id,
          );
        }
        return {
          ok: true,
          entry: {
            kind: 'application.submitted',
            data: { project: application.id, events, credential: credential.id },
            project: application.id,
            credential: credential.id,
          },
        };
      },
      { idempotencyKey, requestHash: requestHash(raw, credential.id) },
    );
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    return c.json(
      {
        project: application.id,
        status: outcome.round.state.projects.get(application.id)!.state.status,
        receipt: roundReceipt(roundId, outcome.entry),
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  routes.post('/:round/vettings', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const { credential } = await roundMember(c, org, roundId, accessRoles.applicationReviewers);
    const body = validate(c, VettingRequestSchema, await readJson(c));
    const vetting = validateStrict(c, VettingSchema, body.vetting, ['vetting']);
    const outcome = await c.var.repository.changeRound(org, roundId, (state) => {
      const checked = checkVetting(vetting, { bodies: state.bodies, round: state.round });
      const violations: Violation[] = checked.ok
        ? []
        : checked.violations.map((v) => ({ ...v, path: ['vetting', ...v.path] }));
      if (state.vettings.some((earlier) => earlier.id === vetting.id)) {
        violations.push({
          rule: 'ballot-box.unique-vetting',
          message: {
            en: `Round ${roundId} already has a vetting ${vetting.id}`,
            'zh-CN': `轮次 ${roundId} 已有审核 ${vetting.id}`,
          },
          path: ['vetting', 'id'],
        });
      }
      if (violations.length > 0) return { ok: false, violations };
      return {
        ok: true,
        entry: {
          kind: 'vetting.recorded',
          data: { vetting, credential: credential.id },
          project: vetting.application,
          credential: credential.id,
        },
      };
    });
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    return c.json({ vetting, receipt: roundReceipt(roundId, outcome.entry) }, 201);
  });

  routes.post('/:round/reviews', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const { credential, round } = await roundMember(
      c,
      org,
      roundId,
      accessRoles.applicationReviewers,
    );
    const body = validate(c, ReviewRequestSchema, await readJson(c));
    const meetings = await roundMeetings(c, org, [...round.state.round.meetings, body.meeting]);
    const meeting = meetings.find((m) => m.meeting?.id === body.meeting)?.meeting;
    const at = body.at ?? now();
    const outcome = await c.var.repository.changeRound(org, roundId, (state) => {
      const violations: Violation[] = [];
      if (state.round.meetings.includes(body.meeting)) {
        violations.push({
          rule: 'ballot-box.review-once',
          message: {
            en: `Meeting ${body.meeting} already reviews this round’s projects`,
            'zh-CN': `评审会 ${body.meeting} 已在评审本轮次的项目`,
          },
          path: ['meeting'],
        });
      }
      if (meeting === undefined) {
        violations.push({
          rule: 'review.meeting-exists',
          message: {
            en: `This organisation has no review meeting ${body.meeting}`,
            'zh-CN': `这个组织没有评审会 ${body.meeting}`,
          },
          path: ['meeting'],
        });
        return { ok: false, violations };
      }
      const round = { ...state.round, meetings: [...state.round.meetings, body.meeting] };
      const context = projectContextOf({ ...state, round }, meetings);
      const events: Record<string, ProjectEvent> = {};
      for (const project of meeting.projects) {
        const found = state.projects.get(project.id);
        if (found === undefined) {
          violations.push({
            rule: 'ballot-box.agenda-from-round',
            message: {
              en: `${project.id} is on the meeting’s agenda but was not submitted to round ${roundId}`,
              'zh-CN': `${project.id} 在评审会议程上，但没有提交到轮次 ${roundId}`,
            },
            path: ['meeting', 'projects', project.id],
          });
          continue;
        }
        const event: ProjectEvent = {
          type: 'review-started',
          at,
          by: body.by,
          payload: { meeting: body.meeting },
        };
        const checked = checkProjectEvents(found.state, [event], context, ['projects', project.id]);
        if (!checked.ok) violations.push(...checked.violations);
        events[project.id] = event;
      }
      if (violations.length > 0) return { ok: false, violations };
      return {
        ok: true,
        entry: {
          kind: 'review.started',
          data: { meeting: body.meeting, events, credential: credential.id },
          credential: credential.id,
        },
      };
    });
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    return c.json(
      {
        meeting: body.meeting,
        projects: Object.keys((outcome.entry.data as { events: Record<string, unknown> }).events),
        receipt: roundReceipt(roundId, outcome.entry),
      },
      201,
    );
  });

  return routes;
}
