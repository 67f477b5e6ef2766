import { messagePair as m } from '../locale/localized-message.js';
import { submissionChecks } from './submission-rules.js';
import { withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `submission-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * What a submitted application 项目申请书 must say besides an indicator and a budget that adds
 * up (`application.has-indicator`, `application.budget-adds-up`): its purpose, at least one
 * dated plan activity, at least one need (linked to a survey finding or written out), the
 * beneficiaries (at least one group) and a proposed team with an overall lead. Each problem is
 * its own violation, with its path into the application.
 *
 * @example
 * submissionRules.map((rule) => rule.id);
 * // ['application.purpose', 'application.has-need', 'application.plan-dated', 'application.team-lead', 'application.beneficiaries']
 */
export const submissionRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  submissionChecks,
  () => ({
    'application.purpose': m('申请书写明项目目的', 'The application states its purpose'),
    'application.has-need': m(
      '申请书至少回应一项需求，每项需求关联调查结果或写明内容',
      'The application answers at least one need, each linked to a survey finding or written out',
    ),
    'application.plan-dated': m(
      '申请书的计划至少有一项写明起止日期的活动',
      'The plan has at least one activity with its dates',
    ),
    'application.team-lead': m(
      '申请书提出实施团队，并有一名总负责人',
      'The application proposes a team with one overall lead',
    ),
    'application.beneficiaries': m(
      '申请书写明受益人群（至少一类）',
      'The application names its beneficiaries (at least one group)',
    ),
  }),
);
