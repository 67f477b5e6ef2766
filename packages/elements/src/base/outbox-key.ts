/** The localStorage key of the default outbox, the ballot's (other kinds name their own). */
export const BALLOT_OUTBOX_KEY = 'qingyuan:ballot-outbox';

/**
 * Whether anything waits in the outbox stored under `storageKey`, without the outbox itself: an
 * element that loads its delivery only when needed asks this at connect. The outbox removes its
 * key once nothing waits, so a key that is there holds an entry (of some endpoint).
 *
 * @example
 * if (outboxHolds()) void import('./ballot-sending.js');
 */
export function outboxHolds(storageKey = BALLOT_OUTBOX_KEY): boolean {
  try {
    return localStorage.getItem(storageKey) !== null;
  } catch {
    // storage blocked (private mode, sandboxed frame): nothing can be waiting
    return false;
  }
}
