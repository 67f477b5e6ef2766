/**
 * `@qingyuan/server/storage`: what the ballot box stores and answers from storage: records,
 * outcomes of casting and collecting, the locked-change API of `BallotBoxRepository`, the
 * migrations, and the idempotent-replay rule.
 *
 * @example
 * import { migrateToLatest, type StoredBallot } from '@qingyuan/server/storage';
 *
 * @packageDocumentation
 */
export { migrateToLatest, migrations, MigrationError } from '../db/migrations.js';
export {
  CorruptHistoryError,
  OperatorKeyError,
  type AddItemOutcome,
  type CastOutcome,
  type CastRules,
  type CollectionItem,
  type CollectionRecord,
  type CredentialRecord,
  type KeysetPage,
  type LockedMeeting,
  type MeetingChange,
  type MeetingSummary,
  type MintedCredential,
  type OrganizationRecord,
  type SigningCodeUse,
} from '../storage/repository.js';
export { DEFAULT_ORGANIZATION_ID } from '../storage/organizations.js';
export {
  isMintableRole,
  isSigningCodeRole,
  mintableRoles,
  type CredentialRole,
  type MintableRole,
} from '../organization/credential-roles.js';
export type * from '../storage/records.js';
export { replayEarlier, type IdempotentReplay } from '../storage/idempotent-replay.js';
export type { ListedCredential, RevokeOutcome } from '../storage/repository.js';
