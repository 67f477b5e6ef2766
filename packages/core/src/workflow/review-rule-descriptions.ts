import { messagePair as m } from '../locale/localized-message.js';
import { reviewChecks } from './review-rules.js';
import { withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `review-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of `review-started`: the named review meeting exists (`review.meeting-exists`),
 * belongs to a round that takes the project up — the round the project was carried into, if it
 * was (`review.meeting-in-round`) — lists the project on its agenda (`review.on-agenda`) after
 * the service center accepted it in its vetting (`review.vetted`), and asks for what the
 * application requests (`agenda.requested-matches`). A meeting not found is one violation; the
 * checks that need it are skipped.
 *
 * @example
 * reviewRules.map((rule) => rule.id);
 */
export const reviewRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  reviewChecks,
  () => ({
    'review.meeting-exists': m(
      '评审开始时指定一个已有的评审会',
      'A review names an existing review meeting',
    ),
    'review.meeting-in-round': m(
      '评审会属于本项目所在的轮次',
      'The review meeting belongs to a round that takes the project up',
    ),
    'review.on-agenda': m(
      '评审会的议程上有本项目',
      'The review meeting lists the project on its agenda',
    ),
    'review.vetted': m(
      '项目上评审会前已通过社区服务中心的审核',
      'The project was accepted by the service center’s vetting before its review',
    ),
    'agenda.requested-matches': m(
      '议程上的申请金额等于申请书的预算总额',
      'The amount on the agenda is the application’s budget total',
    ),
  }),
);
