/**
 * Core's `tally`, in a module of its own: `<qy-ranking-table>` imports it on first need, when it
 * is given `{ meeting, ballots }` to rank (see `readRankingDocument`). A table fed a tally
 * result (`result`, a `src` document with one, a ballot box) never downloads the tally, its
 * ballot checks, its exact arithmetic or the lot draw's SHA-256.
 *
 * @example
 * const { tally } = await import('./ranking-tally.js');
 */
export { tally } from '@qingyuan/core';
