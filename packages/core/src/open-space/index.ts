// Open-space sessions: topics, ideas, dot votes, hiding, ranking, trainings.
// The public part of open-space/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './named-person.js';
export * from './open-space-topic.js';
export * from './breakout-group.js';
export * from './open-space-idea.js';
export * from './dot-vote.js';
export * from './hidden-item.js';
export * from './open-space-session.js';
export * from './open-space-rules.js';
export * from './dot-budget.js';
export * from './hide-item.js';
export * from './check-open-space-session.js';
export * from './idea-ranking.js';
export * from './application-origin.js';
export * from './open-space-report.js';
export * from './training-session.js';
export * from './trainings-of.js';
