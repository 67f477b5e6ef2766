/**
 * Core's whole project lifecycle, which `<qy-project-status>` imports on demand, only for a
 * history with an exceptional event (a termination, a carry-over, spending approved beyond the
 * grant): a page showing any other history never downloads the rules of those events.
 *
 * @example
 * const { projectLifecycle } = await import('./project-lifecycle-loader.js');
 */
export { projectLifecycle } from '@qingyuan/core';
