export { createApp, type BallotBoxAppOptions } from './http/app.js';
export { openDatabase, type BallotBoxDatabase, type DatabaseOptions } from './db/open-database.js';
export { migrateToLatest, migrations, MigrationError } from './db/migrations.js';
export {
  BallotBoxRepository,
  CorruptHistoryError,
  type AddItemOutcome,
  type CastOutcome,
  type CastRules,
  type LockedMeeting,
  type MeetingChange,
} from './storage/repository.js';
export {
  ballotBoxRules,
  castViolations,
  checkMeetingEvent,
  issueViolations,
  meetingActions,
  organizerEvent,
  ORGANIZER,
  type BallotBoxContext,
  type CodesRequest,
  type MeetingAction,
} from './meeting/meeting-transition.js';
export { apiStatus, type MeetingStatus } from './meeting/meeting-status.js';
export { marksViolations, tallyBallots } from './meeting/meeting-tally.js';
export { anonymousMeeting } from './meeting/anonymous-roster.js';
export type * from './storage/records.js';
export { LocalChangeFeed, PostgresChangeFeed, type ChangeFeed } from './live/change-feed.js';
export { RateLimiter, type RateLimit } from './http/rate-limiter.js';
export {
  clientAddress,
  compileTrustProxy,
  parseTrustProxy,
  TrustProxyError,
  type ProxyTrust,
  type TrustProxy,
} from './http/client-address.js';
export { canonicalJson } from './audit/canonical-json.js';
export { contentHash } from './audit/content-hash.js';
export { agendaHash } from './audit/agenda-hash.js';
export {
  publishCommitment,
  tallyHash,
  type LogPosition,
  type PublishCommitment,
} from './audit/publish-commitment.js';
export { entryHash, verifyChain, GENESIS_HASH, type AuditEntry } from './audit/hash-chain.js';
export { ballotReceipt } from './audit/receipt.js';
export { replayEarlier, type IdempotentReplay } from './storage/idempotent-replay.js';
export {
  verifyChecks,
  verifyMeetingExport,
  type MeetingExport,
  type ReceiptCheck,
  type VerifyCheck,
  type VerifyMessage,
  type VerifyOptions,
  type VerifyProblem,
  type VerifyReport,
} from './verify/verify-export.js';
export { qrSheetSvg, type QrSheetOptions } from './qr/qr-sheet.js';
export {
  findCjkFont,
  qrSheetPdf,
  type PdfFont,
  type QrSheetPdfOptions,
} from './qr/qr-sheet-pdf.js';
export { qrContent } from './qr/qr-content.js';
export { startServer, type StartServerOptions, type RunningServer } from './start-server.js';
