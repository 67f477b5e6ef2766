import type { Lifecycle } from './lifecycle.js';
import { projectCommonChecks, type ProjectCommonEvent } from './project-common-checks.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import type { ProjectStatus } from './project-statuses.js';
import { applicationRules } from './application-rule-descriptions.js';
import { auditRules } from './audit-rule-descriptions.js';
import { closingStepRules } from './project-step-rule-descriptions.js';
import { decisionRules } from './decision-rule-descriptions.js';
import { evaluationRules } from './evaluation-rule-descriptions.js';
import { executionStepRules } from './project-step-rule-descriptions.js';
import { moneyRules } from './money-rule-descriptions.js';
import { reportRules } from './report-rule-descriptions.js';
import { reviewRules } from './review-rule-descriptions.js';
import { scopeChangeRules } from './scope-change-rule-descriptions.js';
import { teamRules } from './team-rule-descriptions.js';

export {
  projectCommonChecks,
  projectExceptionalEvents,
  reduceCommonEvent,
  type ProjectCommonEvent,
  type ProjectExceptionalEvent,
} from './project-common-checks.js';

/** A lifecycle of checks with its rules: the same lifecycle, described. */
function described(
  checks: typeof projectCommonChecks,
  rules: () => Lifecycle<ProjectStatus, ProjectState, ProjectCommonEvent, ProjectContext>['rules'],
): Lifecycle<ProjectStatus, ProjectState, ProjectCommonEvent, ProjectContext> {
  return { ...checks, rules: rules() };
}

/**
 * The project lifecycle of a common history: every event but the exceptional ones
 * (`projectExceptionalEvents`), with `projectLifecycle`'s statuses, transitions, rules, state
 * changes and next steps for them. For a history without an exceptional event, `applyEvent`,
 * `replay` and `missingForNext` give with it exactly what they give with `projectLifecycle`;
 * an exceptional event is an unknown event type here. It leaves out the rules of the
 * exceptional turns, so a reader of histories (`<qy-project-status>`) loads those only when a
 * history has such an event, and uses `projectLifecycle` for it. Its rules are those of
 * {@link projectCommonChecks} with their descriptions.
 *
 * @example
 * const exceptional = history.some((e) => (projectExceptionalEvents as readonly string[]).includes(e.type));
 * const result = exceptional ? replay(projectLifecycle, history, context) : replay(projectCommonLifecycle, history as ProjectCommonEvent[], context);
 */
export const projectCommonLifecycle: Lifecycle<
  ProjectStatus,
  ProjectState,
  ProjectCommonEvent,
  ProjectContext
> = /* @__PURE__ */ described(projectCommonChecks, () => [
  ...applicationRules,
  ...reviewRules,
  ...decisionRules,
  ...executionStepRules,
  ...closingStepRules,
  ...teamRules,
  ...scopeChangeRules,
  ...moneyRules,
  ...reportRules,
  ...auditRules,
  ...evaluationRules,
]);
