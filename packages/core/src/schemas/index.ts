// The registry of every document schema, by name (for JSON Schema and the CLI).
// The public part of schemas/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './registry.js';
