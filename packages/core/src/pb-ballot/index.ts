// Participatory-budgeting ballots: rules, checks, schema, texts.
// The public part of pb-ballot/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './pb-ballot-rules.js';
export * from './check-pb-ballot.js';
export * from './pb-ballot-schema.js';
export * from './pb-ballot-texts.js';
export * from './pb-list-cost-limit.js';
