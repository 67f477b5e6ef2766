import { messagePair as m } from '../locale/localized-message.js';
import { decisionChecks } from './decision-rules.js';
import { withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `decision-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The rules of `approved` and `rejected`: either is only the consequence of a funding decision
 * (`decision.named`), recorded once it is made (`decision.recorded-after`), for the meeting that
 * reviewed the project (`decision.same-meeting`), once
 * its results are published (`decision.meeting-published`), with the project listed in it and
 * in its round (`decision.project-listed`); the grant is the decision's (`approval.grant-matches`,
 * `rejection.not-granted`) and never above the request (`approval.within-request`); whoever
 * records it and whoever decided are members of the street office or service center
 * (`decision.by-funding-body`); the decision weighs the opinions of street leaders and experts
 * (`decision.opinions`), keeps the funding rules — departures from the ranking with who and why
 * (`decision.funding-rules`) — and comes after a supervision-group member signed off the
 * meeting's results summary sheet (`decision.summary-signed-off`).
 *
 * @example
 * decisionRules.filter((rule) => rule.on.includes('rejected')).map((rule) => rule.id);
 */
export const decisionRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  decisionChecks,
  () => ({
    'decision.named': m(
      '批准或不批准都依据一份已有的资助决定',
      'Approval or rejection follows an existing funding decision',
    ),
    'decision.same-meeting': m(
      '资助决定针对评审本项目的评审会',
      'The decision is for the meeting that reviewed the project',
    ),
    'decision.recorded-after': m(
      '批准或不批准在资助决定作出之后记录',
      'Approval or rejection is recorded once the decision is made',
    ),
    'decision.meeting-published': m(
      '资助决定在评审结果公布之后作出',
      'The decision comes after the meeting’s results are published',
    ),
    'decision.project-listed': m(
      '项目在该评审会的议程上，也在评审会所属轮次中',
      'The project is on the meeting’s agenda and in the meeting’s round',
    ),
    'approval.grant-matches': m(
      '批准的资助金额就是资助决定给本项目的金额',
      'The grant is the amount the decision gives the project',
    ),
    'approval.within-request': m('资助金额不超过申请金额', 'The grant is never above the request'),
    'rejection.not-granted': m(
      '不批准的项目在资助决定中没有获得资助',
      'A rejected project got no grant in the decision',
    ),
    'decision.by-funding-body': m(
      '资助决定由出资方（街道办事处或社区服务中心）的成员作出和记录',
      'The decision is made and recorded by members of the funding body (street office or service center)',
    ),
    'decision.opinions': m(
      '资助决定记录了街道领导和与会专家的意见',
      'The decision records the opinions of street leaders and experts',
    ),
    'decision.funding-rules': m(
      '资助决定遵守资助规则：同一货币、不超过资金池和申请额，偏离排名处记录由谁决定及理由',
      'The decision keeps the funding rules: one currency, within fund and requests, every departure from the ranking with who and why',
    ),
    'decision.summary-signed-off': m(
      '资助决定之前，项目监审组成员已签字确认评选结果汇总表',
      'Before the decision, a supervision-group member signed off the results summary sheet',
    ),
  }),
);
