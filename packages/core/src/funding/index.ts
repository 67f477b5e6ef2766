// Funding a ranking: allocating a fund, overrides, the funding decision.
// The public part of funding/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './allocate-funds.js';
export * from './funding-override.js';
export * from './funding-decision-from.js';
