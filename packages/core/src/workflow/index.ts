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
  projectCommonLifecycle,
  projectExceptionalEvents,
  type ProjectCommonEvent,
  type ProjectExceptionalEvent,
} from './project-common-lifecycle.js';
export * from './money-rules.js';
export * from './team-rules.js';
export * from './report-rules.js';
export * from './audit-rules.js';
export * from './evaluation-rules.js';
export * from './termination-workflow.js';
export * from './meeting-lifecycle.js';
export * from './rules.js';
export * from './submission-rules.js';
export * from './review-rules.js';
export * from './decision-rules.js';
export * from './decision-opinions.js';
export * from './carry-over-rules.js';
export * from './describe-lifecycle-rules.js';
export * from './application-rules.js';
export * from './initial-project-state.js';
export * from './project-rule-catalog.js';
export { personName, type ProjectRule } from './project-rule.js';
