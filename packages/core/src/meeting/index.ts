// The review meeting, its ballots and its tie-break chain, as zod schemas.
// The public part of meeting/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './review-meeting.js';
export * from './ballot.js';
export * from './tie-break.js';
export * from './community-name.js';
