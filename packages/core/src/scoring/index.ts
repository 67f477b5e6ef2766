// The weighted tally: ballot checks, recusals, the ranking and its tie-break, result columns, explanations.
// The public part of scoring/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './recusal.js';
export * from './weighted-tally.js';
export * from './tally-result.js';
export * from './tally-columns.js';
export * from './explain.js';
export type {
  CriterionScore,
  ExactCriterionScore,
  RankedProject,
  RejectedBallot,
  TallyResult,
} from './tally-counts.js';
export {
  checkBallot,
  rejectionReason,
  type BallotCheck,
  type RejectionReason,
  type RejectionRule,
} from './ballot-check.js';
export {
  orderProjects,
  tieBreakCriteria,
  type OrderableProject,
  type OrderedProject,
  type TieBreakOptions,
} from './ranking-order.js';
export { drawLots } from './lot-draw.js';
