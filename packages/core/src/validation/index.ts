// Ids, parsing documents at a boundary, localized validation messages, `Violation` and `RuleCheck`.
// The public part of validation/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './id.js';
export * from './validation-messages.js';
export * from './parse-document.js';
export * from './violation.js';
export * from './invalid-input-error.js';
export * from './unique-ids.js';
