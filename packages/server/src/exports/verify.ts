/**
 * `@qingyuan/server/verify`: the offline check of a meeting export — hash chain, receipts,
 * recount with core, lifecycle history — without the server itself (no database driver, no
 * HTTP), so a browser page can run it too (the organizer console does, with a SHA-256 of its
 * own in place of `node:crypto`).
 *
 * @example
 * import { verifyMeetingExport } from '@qingyuan/server/verify';
 * const report = verifyMeetingExport(JSON.parse(text));
 * report.ok; // true when nothing was changed
 *
 * @packageDocumentation
 */
export {
  verifyChecks,
  verifyMeetingExport,
  type MeetingExport,
  type ReceiptCheck,
  type VerifyCheck,
  type VerifyOptions,
  type VerifyProblem,
  type VerifyReport,
} from '../verify/verify-export.js';
