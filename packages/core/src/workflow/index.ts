// Lifecycles (project, meeting) and the rules of each step.
// The public part of workflow/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './lifecycle.js';
export * from './replay-all.js';
export * from './funding-rules.js';
export * from './project-statuses.js';
export * from './project-event.js';
export * from './project-state.js';
export * from './project-lifecycle.js';
export {
  projectCommonChecks,
  projectExceptionalEvents,
  type ProjectCommonEvent,
  type ProjectExceptionalEvent,
} from './project-common-checks.js';
export { projectCommonLifecycle } from './project-common-lifecycle.js';
export { budgetLineSources, disbursedTotal, grantCeiling, grantSpent } from './money-rules.js';
export * from './termination-workflow.js';
export * from './meeting-lifecycle.js';
export * from './rules.js';
export { meetingOf, roundOfMeeting } from './review-rules.js';
export { decisionOf } from './decision-rules.js';
export * from './decision-opinions.js';
export * from './carry-over-rules.js';
export * from './describe-lifecycle-rules.js';
export { missingForSubmission } from './application-rules.js';
export { applicationRules } from './application-rule-descriptions.js';
export { auditRules } from './audit-rule-descriptions.js';
export { decisionRules } from './decision-rule-descriptions.js';
export { evaluationRules } from './evaluation-rule-descriptions.js';
export { moneyRules } from './money-rule-descriptions.js';
export { reportRules } from './report-rule-descriptions.js';
export { reviewRules } from './review-rule-descriptions.js';
export { submissionRules } from './submission-rule-descriptions.js';
export { teamRules } from './team-rule-descriptions.js';
export * from './initial-project-state.js';
export * from './project-rule-catalog.js';
export { personName, type ProjectCheck, type ProjectRule } from './project-rule.js';
export * from './public-project-view.js';
export * from './project-accountability.js';
