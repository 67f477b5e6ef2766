import * as z from 'zod/mini';
import type { Application } from '../domain/application.js';
import { IdSchema } from '../validation/id.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import type { OpenSpaceRuleId } from './open-space-rules.js';
import type { OpenSpaceSession } from './open-space-session.js';

/**
 * Where an application came from: the Open Space session and the idea(s) raised there that
 * it carries forward. Kept on the application (`Application.origin`) so a session's report
 * can follow each idea to the application and the project it became.
 *
 * @example
 * ApplicationOriginSchema.parse({ session: 'os-qingyuan-2007', ideas: ['i-supermarket'] });
 */
export const ApplicationOriginSchema = z
  .object({
    session: IdSchema,
    ideas: z.array(IdSchema).check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: 'ApplicationOrigin',
    description: 'The Open Space session and idea(s) an application carries forward.',
  });

/** The Open Space session and idea(s) an application carries forward. */
export type ApplicationOrigin = z.infer<typeof ApplicationOriginSchema>;

/**
 * Checks that an application's origin points into the given session: the session id matches
 * (`open-space.origin-session`) and every idea exists there (`open-space.known-idea`). An
 * application without an origin passes.
 *
 * @example
 * checkApplicationOrigin(jinhualiApplication, openSpaceSession); // { ok: true }
 */
export function checkApplicationOrigin(
  application: Application,
  session: OpenSpaceSession,
): RuleCheck<OpenSpaceRuleId> {
  const origin = application.origin;
  if (origin === undefined) return { ok: true };
  const violations: Violation<OpenSpaceRuleId>[] = [];
  if (origin.session !== session.id)
    violations.push({
      rule: 'open-space.origin-session',
      message: {
        'zh-CN': `申请书 "${application.id}" 来自会议 "${origin.session}"，不是 "${session.id}"`,
        en: `Application "${application.id}" comes from session "${origin.session}", not "${session.id}"`,
      },
      path: ['origin', 'session'],
    });
  else
    origin.ideas.forEach((idea, i) => {
      if (!session.ideas.some((candidate) => candidate.id === idea))
        violations.push({
          rule: 'open-space.known-idea',
          message: {
            'zh-CN': `会议 "${session.id}" 没有点子 "${idea}"`,
            en: `Session "${session.id}" has no idea "${idea}"`,
          },
          path: ['origin', 'ideas', i],
        });
    });
  return toRuleCheck(violations);
}
