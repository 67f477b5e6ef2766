/**
 * `@qingyuan/server`: the ballot box. The root holds what runs and checks one: `startServer`,
 * `createApp` (with `BallotBoxRepository` over `openDatabase`), the export verifier, and the
 * types of their options and results. The rest lives under subpaths:
 * `@qingyuan/server/audit` (hashes, chain, receipts, publish commitment),
 * `@qingyuan/server/meeting` (lifecycle and tally rules of the box),
 * `@qingyuan/server/storage` (records, outcomes, migrations, idempotent replay),
 * `@qingyuan/server/http` (rate limiter, client address and proxy trust),
 * `@qingyuan/server/live` (change feeds) and `@qingyuan/server/qr` (code sheets).
 *
 * @example
 * import { startServer } from '@qingyuan/server';
 * const server = await startServer({ file: './qingyuan.db', port: 8787 });
 *
 * @packageDocumentation
 */
export { startServer, type StartServerOptions, type RunningServer } from './start-server.js';
export { createApp, type BallotBoxAppOptions } from './http/app.js';
export { openDatabase, type BallotBoxDatabase, type DatabaseOptions } from './db/open-database.js';
export { BallotBoxRepository } from './storage/repository.js';
export {
  verifyChecks,
  verifyMeetingExport,
  type MeetingExport,
  type ReceiptCheck,
  type VerifyCheck,
  type VerifyOptions,
  type VerifyProblem,
  type VerifyReport,
} from './verify/verify-export.js';
// Types that the options and results above name.
export type { LogPosition } from './audit/publish-commitment.js';
export type { ChangeFeed } from './live/change-feed.js';
export type { RateLimit } from './http/rate-limiter.js';
export type { ProxyTrust, TrustProxy } from './http/client-address.js';
export type { PdfFont } from './qr/qr-sheet-pdf.js';
export {
  ROUND_EXPORT_FORMAT,
  isRoundExport,
  roundVerifyChecks,
  verifyRoundExport,
  type RoundExport,
  type RoundReceiptCheck,
  type RoundVerifyProblem,
  type RoundVerifyReport,
} from './verify/verify-round-export.js';
export type { RoundReceipt } from './audit/round-receipt.js';
