// Participatory-budgeting allocation rules (greedy, Equal Shares, Phragmén) and their analyses.
// The public part of budget/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './compare-project-ids.js';
export * from './approval-election.js';
export * from './budget-rule-input-error.js';
export * from './budget-outcome.js';
export * from './budget-outcome-schema.js';
export * from './greedy.js';
export * from './equal-shares.js';
export * from './sequential-phragmen.js';
export * from './gini-coefficient.js';
export * from './outcome-analytics.js';
export * from './justified-representation.js';
export * from './equal-shares-explanation.js';
export * from './explain-equal-shares-project.js';
export * from './explain-voter-share.js';
