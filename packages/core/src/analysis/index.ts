// Analyses above the tally and the funding line: how much the weights matter.
// The public part of analysis/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './sensitivity.js';
