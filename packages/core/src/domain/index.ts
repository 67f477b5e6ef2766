// The documents of a project's life: applications, bodies, teams, reports, audits, money movements.
// The public part of domain/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './calendar.js';
export * from './community.js';
export * from './participant.js';
export * from './governance-body.js';
export * from './team-role.js';
export * from './application.js';
export * from './funding-decision.js';
export * from './execution-team.js';
export * from './work-record.js';
export * from './execution-report.js';
export * from './financial-audit.js';
export * from './evaluation-report.js';
export * from './termination.js';
export * from './funding-source.js';
export * from './scope-change.js';
export * from './disbursement.js';
export * from './expense.js';
export * from './termination-proposal.js';
export * from './refund.js';
export * from './community-resource.js';
