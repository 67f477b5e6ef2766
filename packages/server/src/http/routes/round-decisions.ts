import { Hono } from 'hono';
import { z } from 'zod';
import {
  messagePair as m,
  FundingOverrideSchema,
  IdSchema,
  LocalizedTextSchema,
  ResultsSummarySheetSchema,
  allocateFunds,
  checkRound,
  checkSummarySheet,
  fundingDecisionFrom,
  type FundingDecision,
  type ProjectEvent,
  type Violation,
} from '@qingyuan/core';
import { contentHash } from '../../audit/content-hash.js';
import { fundingDecidedKind } from '../../audit/lifecycle-entries.js';
import { roundReceipt } from '../../audit/round-receipt.js';
import { checkMeetingEvent, fundingDecidedEvent } from '../../meeting/meeting-transition.js';
import { checkProjectEvents } from '../../round/check-project-events.js';
import { projectContextOf } from '../../round/round-state.js';
import { now } from '../../storage/meeting-rows.js';
import { roundMember } from '../access/round-access.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { validate } from '../error-responses.js';
import { idempotencyKeyOf, replayedStatus } from '../idempotency-key.js';
import { requestHash } from '../request-hash.js';
import { readJson } from '../request-json.js';
import { roundMeetings } from '../round-meetings.js';
import {
  FundingDecisionRequestSchema,
  SummarySheetRequestSchema,
} from '../round-request-schemas.js';
import { validateStrict } from '../strict-document.js';
import { refusedChange } from './round-applications.js';

const OpinionSchema = z.strictObject({ by: IdSchema, text: LocalizedTextSchema });

/**
 * A round's summary sheets and funding decisions, mounted at `/organizations/:org/rounds`:
 * `POST /:round/summary-sheets` (a supervision-group member) records the results summary sheet
 * of a review meeting of the round, signed off — checked with core's `checkSummarySheet`
 * against the meeting's published ranking; `POST /:round/funding-decisions` (the service
 * center) decides from that published ranking: core's `allocateFunds` (what is left of the
 * round's fund, `mode`, `partial`), then `fundingDecisionFrom` with the overrides and opinions,
 * and records `approved` or `rejected` for every project of the meeting, each checked with the
 * project rules (the sheet signed off first, grants matching the decision, by a funding body),
 * and the round with `checkRound` (within its fund). The review meeting's history gets core's
 * `funding-decided` event (checked with the meeting lifecycle) in the same transaction. One
 * decision per meeting: of two racing decisions one is recorded and the other answers `409`.
 * With an `Idempotency-Key`, a retry (after a lost answer, a restart) answers the decision
 * recorded the first time (`200`).
 *
 * @example
 * app.route('/organizations/:org/rounds', roundDecisionRoutes());
 */
export function roundDecisionRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/:round/summary-sheets', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const { credential } = await roundMember(c, org, roundId, accessRoles.summarySheetSigners);
    const body = validate(c, SummarySheetRequestSchema, await readJson(c));
    const sheet = validateStrict(c, ResultsSummarySheetSchema, body.sheet, ['sheet']);
    const [meeting] = await roundMeetings(c, org, [sheet.meeting]);
    const outcome = await c.var.repository.changeRound(org, roundId, (state) => {
      const violations: Violation[] = [];
      if (!state.round.meetings.includes(sheet.meeting) || meeting === undefined) {
        violations.push({
          rule: 'ballot-box.sheet-of-round-meeting',
          message: m(
            `评审会 ${sheet.meeting} 不评审本轮次的项目`,
            `Meeting ${sheet.meeting} does not review this round’s projects`,
          ),
          path: ['sheet', 'meeting'],
        });
      } else if (meeting.ranking === undefined) {
        violations.push({
          rule: 'ballot-box.meeting-published',
          message: m(
            `评审会 ${sheet.meeting} 尚未公布结果`,
            `Meeting ${sheet.meeting} has not published its results yet`,
          ),
          path: ['sheet', 'meeting'],
        });
      }
      const checked = checkSummarySheet(sheet, {
        bodies: state.bodies,
        ranking: meeting?.ranking,
      });
      if (!checked.ok) {
        violations.push(...checked.violations.map((v) => ({ ...v, path: ['sheet', ...v.path] })));
      }
      if (state.summarySheets.some((earlier) => earlier.id === sheet.id)) {
        violations.push({
          rule: 'ballot-box.unique-sheet',
          message: m(
            `轮次 ${roundId} 已有汇总表 ${sheet.id}`,
            `Round ${roundId} already has a sheet ${sheet.id}`,
          ),
          path: ['sheet', 'id'],
        });
      }
      if (violations.length > 0) return { ok: false, violations };
      return {
        ok: true,
        entry: {
          kind: 'summary-sheet.signed-off',
          data: { sheet, credential: credential.id },
          credential: credential.id,
        },
      };
    });
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    return c.json({ sheet, receipt: roundReceipt(roundId, outcome.entry) }, 201);
  });

  routes.post('/:round/funding-decisions', async (c) => {
    const org = c.req.param('org') ?? '';
    const roundId = c.req.param('round');
    const { credential } = await roundMember(c, org, roundId, accessRoles.fundingDeciders);
    const raw = await readJson(c);
    const body = validate(c, FundingDecisionRequestSchema, raw);
    const overrides = validateStrict(c, z.array(FundingOverrideSchema), body.overrides, [
      'overrides',
    ]);
    const opinions = validateStrict(c, z.array(OpinionSchema), body.opinions, ['opinions']);
    const meetings = await roundMeetings(c, org, [body.meeting]);
    const meeting = meetings[0];
    const decidedAt = body.decidedAt ?? now();
    const idempotencyKey = idempotencyKeyOf(c);
    const repo = c.var.repository;
    const outcome = await repo.changeRound(
      org,
      roundId,
      async (state, trx) => {
        const refuse = (rule: string, en: string, zh: string, path: (string | number)[]) => ({
          ok: false as const,
          violations: [{ rule, message: m(zh, en), path }],
        });
        // Decided under the round's lock: a second decision for the meeting sees the first.
        if (state.decisions.some((d) => d.meeting === body.meeting)) {
          return refuse(
            'ballot-box.one-decision-per-meeting',
            `Meeting ${body.meeting} already has its funding decision`,
            `评审会 ${body.meeting} 已有资助决定`,
            ['meeting'],
          );
        }
        if (state.decisions.some((d) => d.id === body.id)) {
          return refuse(
            'ballot-box.unique-decision',
            `Round ${roundId} already has a decision ${body.id}`,
            `轮次 ${roundId} 已有资助决定 ${body.id}`,
            ['id'],
          );
        }
        if (!state.round.meetings.includes(body.meeting) || meeting?.meeting === undefined) {
          return refuse(
            'ballot-box.decision-of-round-meeting',
            `Meeting ${body.meeting} does not review this round’s projects`,
            `评审会 ${body.meeting} 不评审本轮次的项目`,
            ['meeting'],
          );
        }
        if (meeting.ranking === undefined) {
          return refuse(
            'ballot-box.meeting-published',
            `Meeting ${body.meeting} has not published its results yet`,
            `评审会 ${body.meeting} 尚未公布结果`,
            ['meeting'],
          );
        }
        const agenda = meeting.meeting.projects;
        const candidates = [...meeting.ranking]
          .sort((a, b) => a.rank - b.rank)
          .flatMap((entry) => {
            const project = agenda.find((p) => p.id === entry.project);
            return project ? [{ project: project.id, requested: project.requested }] : [];
          });
        const fund = state.round.fund.amount;
        const spent = state.decisions
          .flatMap((d) => d.grants)
          .filter((g) => g.amount.currency === fund.currency)
          .reduce((sum, g) => sum + g.amount.amount, 0);
        const allocated = allocateFunds(
          candidates,
          { amount: Math.max(fund.amount - spent, 0), currency: fund.currency },
          { mode: body.mode, partial: body.partial },
        );
        if (!allocated.ok) return { ok: false, violations: allocated.violations };
        const [first, ...rest] = body.decidedBy;
        const from = fundingDecisionFrom(allocated.allocation, overrides, {
          id: body.id,
          meeting: body.meeting,
          decidedBy: [first!, ...rest],
          decidedAt,
          ...(opinions.length > 0 ? { opinions } : {}),
        });
        if (!from.ok) {
          return {
            ok: false,
            violations: from.violations.map((v) => ({ ...v, path: ['overrides', ...v.path] })),
          };
        }
        const decision: FundingDecision = from.decision;
        const withDecision = {
          ...state,
          decisions: [...state.decisions, decision],
          round: { ...state.round, decisions: [...state.round.decisions, decision.id] },
        };
        const context = projectContextOf(withDecision, meetings);
        const violations: Violation[] = [];
        const events: Record<string, ProjectEvent> = {};
        for (const project of state.projects.values()) {
          if (project.state.status !== 'in-review' || project.state.meeting !== body.meeting) {
            continue;
          }
          const grant = decision.grants.find((g) => g.project === project.id);
          const event: ProjectEvent =
            grant !== undefined && grant.amount.amount > 0
              ? {
                  type: 'approved',
                  at: decidedAt,
                  by: first!,
                  payload: { granted: grant.amount, decision: decision.id },
                }
              : { type: 'rejected', at: decidedAt, by: first!, payload: { decision: decision.id } };
          const checked = checkProjectEvents(project.state, [event], context, [
            'projects',
            project.id,
          ]);
          if (!checked.ok) violations.push(...checked.violations);
          events[project.id] = event;
        }
        const funded = decision.grants.filter((g) => g.amount.amount > 0).map((g) => g.project);
        const round = checkRound(
          {
            ...withDecision.round,
            funded: [
              ...state.round.funded,
              ...funded.filter((p) => !state.round.funded.includes(p)),
            ],
          },
          { applications: state.applications, decisions: withDecision.decisions },
        );
        if (!round.ok) violations.push(...round.violations);
        if (violations.length > 0) return { ok: false, violations };
        // The review meeting's history ends with core's funding-decided event, in this same
        // transaction: the meeting export tells the decision its ranking led to, and a crash
        // leaves both the round's entry and the meeting's event, or neither.
        const recorded = await repo.changeMeetingWithin(trx, body.meeting, (record) => {
          const event = fundingDecidedEvent(record.state, decision);
          const checked = checkMeetingEvent(record.state, event, { codes: 0 });
          if (!checked.ok) {
            return {
              ok: false,
              violations: checked.violations.map((v) => ({ ...v, path: ['meeting', ...v.path] })),
            };
          }
          return {
            ok: true,
            change: {
              events: [event],
              log: {
                kind: fundingDecidedKind,
                data: { round: roundId, id: decision.id, decision: contentHash(decision) },
              },
            },
          };
        });
        if (recorded === undefined) {
          return refuse(
            'ballot-box.decision-of-round-meeting',
            `Meeting ${body.meeting} does not review this round’s projects`,
            `评审会 ${body.meeting} 不评审本轮次的项目`,
            ['meeting'],
          );
        }
        if (!recorded.ok) return { ok: false, violations: recorded.violations };
        return {
          ok: true,
          entry: {
            kind: 'funding.decided',
            data: { decision, differences: from.differences, events, credential: credential.id },
            credential: credential.id,
          },
        };
      },
      { idempotencyKey, requestHash: requestHash(raw, credential.id) },
    );
    const refused = refusedChange(c, roundId, outcome);
    if (refused !== undefined || !outcome.ok) return refused!;
    // The meeting's live viewers see its new status.
    if (!outcome.replayed) c.var.box.announce(body.meeting);
    const data = outcome.entry.data as {
      decision: FundingDecision;
      differences: unknown[];
      events: Record<string, ProjectEvent>;
    };
    return c.json(
      {
        decision: data.decision,
        differences: data.differences,
        projects: Object.entries(data.events).map(([project, event]) => ({
          project,
          status: event.type,
        })),
        receipt: roundReceipt(roundId, outcome.entry),
      },
      replayedStatus(c, outcome.replayed),
    );
  });

  return routes;
}
