/**
 * What each rule of a project's common course asks, which `<qy-project-status>` imports on
 * demand, only to say which rule a next step misses ("Which rule?"): the entries of core's
 * `projectRuleCatalog` for the rules of `projectCommonLifecycle` (the next step is never an
 * exceptional event). Replaying a history runs the same rules without their descriptions
 * (`projectCommonChecks`), so a page showing a project with nothing missing never downloads
 * them.
 *
 * @example
 * const { nextStepRuleDescriptions } = await import('./project-rule-descriptions-loader.js');
 */
import { describeLifecycleRules, projectCommonLifecycle } from '@qingyuan/core';

export const nextStepRuleDescriptions = describeLifecycleRules(projectCommonLifecycle, 'project');
