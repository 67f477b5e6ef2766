// A round of a subdistrict: vetting, agenda, results sheet, carry-over, figures.
// The public part of round/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './subdistrict.js';
export * from './round.js';
export * from './requested-of.js';
export * from './body-membership.js';
export * from './vetting.js';
export * from './agenda-from-vetted.js';
export * from './check-agenda.js';
export * from './results-summary-sheet.js';
export * from './carry-over.js';
export * from './check-round.js';
export * from './round-figures.js';
export * from './compare-rounds.js';
export * from './round-rules.js';
