// Localized text, CSV, canonical JSON and code-point order.
// The public part of text/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './localized-text.js';
export * from './csv.js';
export * from './canonical-json.js';
export * from './code-point-order.js';
