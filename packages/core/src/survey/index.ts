// Needs surveys: questions, conditions, responses and the report.
// The public part of survey/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './show-if.js';
export * from './needs-survey.js';
export * from './survey-response.js';
export * from './validate-response.js';
export * from './needs-report.js';
