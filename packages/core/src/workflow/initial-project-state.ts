import type { ProjectState } from './project-state.js';

/**
 * The state of a project before its first event: a draft with empty records. The project
 * lifecycle starts here (`projectLifecycle.initial`); it has its own module so a check that
 * needs a draft's state (like {@link missingForSubmission}) does not load every project rule.
 *
 * @example
 * const state: ProjectState = { ...initialProjectState, application };
 * state.status; // 'draft'
 */
export const initialProjectState: ProjectState = {
  status: 'draft',
  reports: [],
  spendingApprovals: [],
  applicationVersions: [],
  changes: [],
  disbursements: [],
  expenses: [],
  stageEvaluations: [],
  terminationProposals: [],
};
