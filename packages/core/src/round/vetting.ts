import * as z from 'zod/mini';
import { TimestampSchema } from '../domain/calendar.js';
import type { GovernanceBody } from '../domain/governance-body.js';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema, localize } from '../text/localized-text.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import { notMemberOf } from './body-membership.js';
import { roundProjects, type Round } from './round.js';

/**
 * The vetting 审核 of one application by the subdistrict's community service center: accepted to
 * a review meeting's agenda, or returned to the community with its reasons. The latest vetting of
 * an application counts (a returned application can be mended and vetted again).
 *
 * @example
 * VettingSchema.parse({
 *   id: 'vet-jinhuali-2008', round: 'qingyuan-2008', application: 'jinhuali-home',
 *   body: 'qingyuan-service-center', by: 'p-center', at: '2008-03-10T10:00:00+08:00',
 *   outcome: 'accepted', reasons: [],
 * });
 */
export const VettingSchema = z
  .object({
    id: IdSchema,
    round: IdSchema,
    application: IdSchema,
    /** The service center's governance body. */
    body: IdSchema,
    /** The member of the service center who vetted. */
    by: IdSchema,
    at: TimestampSchema,
    outcome: z.enum(['accepted', 'returned']),
    /** Why it was returned (what to mend); may note remarks when accepted. */
    reasons: z.array(LocalizedTextSchema),
  })
  .register(z.globalRegistry, {
    id: 'Vetting',
    description: 'The service center’s vetting (审核) of an application: accepted or returned.',
  });

/** The vetting of one application. */
export type Vetting = z.infer<typeof VettingSchema>;

/** What {@link checkVetting} reads besides the vetting. */
export interface VettingContext {
  readonly bodies: readonly GovernanceBody[];
  /** The round, to check the application belongs to it. */
  readonly round?: Round;
}

/**
 * The vetting rules: `vetting.by-service-center` (the body is a community service center and the
 * one who vetted is its member), `vetting.reasons` (a returned application says why) and
 * `vetting.in-round` (the application is one the round takes up). Every violation at once.
 *
 * @example
 * checkVetting({ ...vetting, by: 'p-random' }, { bodies });
 * // { ok: false, violations: [{ rule: 'vetting.by-service-center', path: ['by'], … }] }
 */
export function checkVetting(vetting: Vetting, context: VettingContext): RuleCheck {
  const out: Violation[] = [];
  const notMember = notMemberOf(context.bodies, ['service-center'], vetting.by, vetting.body);
  if (notMember) {
    const bodyMissing = !context.bodies.some(
      (body) => body.id === vetting.body && body.kind === 'service-center',
    );
    out.push({
      rule: 'vetting.by-service-center',
      message: notMember,
      path: [bodyMissing ? 'body' : 'by'],
    });
  }
  if (
    vetting.outcome === 'returned' &&
    !vetting.reasons.some((reason) => localize(reason, 'en').trim() !== '')
  ) {
    out.push({
      rule: 'vetting.reasons',
      message: {
        'zh-CN': `退回申请 ${vetting.application} 需写明理由`,
        en: `Returning ${vetting.application} needs its reasons`,
      },
      path: ['reasons'],
    });
  }
  if (context.round) {
    if (vetting.round !== context.round.id) {
      out.push({
        rule: 'vetting.in-round',
        message: {
          'zh-CN': `审核属于轮次 ${vetting.round}，不是 ${context.round.id}`,
          en: `The vetting is for round ${vetting.round}, not ${context.round.id}`,
        },
        path: ['round'],
      });
    } else if (!roundProjects(context.round).includes(vetting.application)) {
      out.push({
        rule: 'vetting.in-round',
        message: {
          'zh-CN': `申请 ${vetting.application} 不在轮次 ${context.round.id} 中`,
          en: `Application ${vetting.application} is not in round ${context.round.id}`,
        },
        path: ['application'],
      });
    }
  }
  return toRuleCheck(out);
}

/**
 * The vetting that counts for an application in a round: its latest one (by time, then by
 * order in the list), or `undefined`.
 *
 * @example
 * latestVetting(vettings, 'qingyuan-2008', 'jinhuali-home')?.outcome; // 'accepted'
 */
export function latestVetting(
  vettings: readonly Vetting[],
  round: string,
  application: string,
): Vetting | undefined {
  let latest: Vetting | undefined;
  for (const vetting of vettings) {
    if (vetting.round !== round || vetting.application !== application) continue;
    if (!latest || Date.parse(vetting.at) >= Date.parse(latest.at)) latest = vetting;
  }
  return latest;
}
