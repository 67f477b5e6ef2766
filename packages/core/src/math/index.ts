// Exact rationals.
// The public part of math/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './rational.js';
