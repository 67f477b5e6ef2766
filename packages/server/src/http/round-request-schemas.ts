import { z } from 'zod';
import { IdSchema } from '@qingyuan/core';

const Timestamp = z.iso.datetime({ offset: true });

/**
 * `POST /organizations/:org/rounds`: the round document (core's `Round`, its lists of
 * applications, meetings, decisions and funded projects empty: the round fills them), the
 * governance bodies (core's `GovernanceBody`: who vets, decides, signs off, supervises) and,
 * optionally, the participants (core's `Participant`). Each document is checked with core's
 * schema by the route, unknown fields refused.
 *
 * @example
 * CreateRoundRequestSchema.parse({ round, bodies, participants });
 */
export const CreateRoundRequestSchema = z.strictObject({
  round: z.unknown(),
  bodies: z.array(z.unknown()).min(1).max(100),
  participants: z.array(z.unknown()).max(10_000).default([]),
});

/**
 * `POST …/rounds/:round/applications`: an application (core's `Application`), who submits it
 * (a participant id) and, optionally, when (default: now).
 *
 * @example
 * SubmitApplicationRequestSchema.parse({ application, by: 'p-li' });
 */
export const SubmitApplicationRequestSchema = z.strictObject({
  application: z.unknown(),
  by: IdSchema,
  at: Timestamp.optional(),
});

/**
 * `POST …/rounds/:round/vettings`: the service center's vetting (core's `Vetting`).
 *
 * @example
 * VettingRequestSchema.parse({ vetting });
 */
export const VettingRequestSchema = z.strictObject({ vetting: z.unknown() });

/**
 * `POST …/rounds/:round/reviews`: the review meeting (of the organisation) whose agenda takes
 * up the round's vetted applications, who records it and when (default: now).
 *
 * @example
 * ReviewRequestSchema.parse({ meeting: 'qingyuan-2007', by: 'p-center' });
 */
export const ReviewRequestSchema = z.strictObject({
  meeting: IdSchema,
  by: IdSchema,
  at: Timestamp.optional(),
});

/**
 * `POST …/rounds/:round/summary-sheets`: the results summary sheet with its sign-off (core's
 * `ResultsSummarySheet`).
 *
 * @example
 * SummarySheetRequestSchema.parse({ sheet });
 */
export const SummarySheetRequestSchema = z.strictObject({ sheet: z.unknown() });

/**
 * `POST …/rounds/:round/funding-decisions`: the decision's id, the review meeting whose
 * published ranking the fund follows, who decided (the service center first) and when, how the
 * fund follows the ranking (`mode`, `partial`, as core's `allocateFunds`), the manual overrides
 * (core's `FundingOverride`) and the opinions of street leaders and experts.
 *
 * @example
 * FundingDecisionRequestSchema.parse({ id: 'fd-2007', meeting: 'qingyuan-2007', decidedBy: ['p-center'] });
 */
export const FundingDecisionRequestSchema = z.strictObject({
  id: IdSchema,
  meeting: IdSchema,
  decidedBy: z.array(IdSchema).min(1).max(20),
  decidedAt: Timestamp.optional(),
  mode: z.enum(['skip', 'strict']).default('skip'),
  partial: z.boolean().default(false),
  overrides: z.array(z.unknown()).max(1000).default([]),
  opinions: z.array(z.unknown()).max(1000).default([]),
});

/**
 * `POST …/projects/:project/events`: one project event (core's `ProjectEvent`), with the
 * signer's one-time signing code when the event is a `contract-signed` posted by a team member
 * (the body `<qy-execution-team>` sends: `{ code, event }`).
 *
 * @example
 * ProjectEventRequestSchema.parse({ code: 'K7Q2-9XWD-…', event: { type: 'contract-signed', … } });
 */
export const ProjectEventRequestSchema = z.strictObject({
  code: z.string().min(1).max(100).optional(),
  event: z.unknown(),
});
