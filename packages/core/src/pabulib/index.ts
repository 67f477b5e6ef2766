// The Pabulib `.pb` format: reading (streaming), writing, the instance.
// The public part of pabulib/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './pabulib-instance.js';
export * from './pb-fields.js';
export * from './parse-pabulib.js';
export * from './write-pabulib.js';
export * from './with-selected-projects.js';
export {
  PabulibVoteStore,
  pabulibVoteStore,
  type PabulibVoteStoreParts,
} from './pabulib-vote-store.js';
