import type { MeetingEvent, ReviewMeeting } from '@qingyuan/core';
import type { BallotBoxDatabase } from '../db/open-database.js';
import type { BallotBoxTables } from '../db/database-schema.js';
import type { Kysely } from 'kysely';
import type { AuditEntry } from '../audit/hash-chain.js';
import type { LogPosition } from '../audit/publish-commitment.js';
import { auditLog, publishedLog } from './audit-log.js';
import { BallotQueue, type CastOutcome, type CastRules } from './ballot-queue.js';
import { ballotOfCode, ballots } from './ballots.js';
import {
  addItem,
  collectionSurvey,
  createCollection,
  getCollection,
  isCollectionOrganizer,
  listCollections,
  listItems,
  type AddItemOutcome,
  type CollectionItem,
  type CollectionRecord,
} from './collections.js';
import {
  bearerCredential,
  credentialRevokedAt,
  ensureOperator,
  listCredentials,
  mintCredentials,
  revokeCredential,
  useSigningCode,
  type CredentialRecord,
  type ListedCredential,
  type MintedCredential,
  type RevokeOutcome,
  type SigningCodeUse,
} from './credentials.js';
import type { KeysetPage } from './keyset-page.js';
import { MeetingStates, meetingHistory } from './meeting-rows.js';
import {
  changeMeeting,
  changeMeetingWithin,
  createMeeting,
  getMeeting,
  isOrganizer,
  listMeetings,
  type LockedMeeting,
  type MeetingChange,
  type MeetingSummary,
} from './meetings.js';
import {
  DEFAULT_ORGANIZATION_ID,
  createOrganization,
  getOrganization,
  type OrganizationRecord,
} from './organizations.js';
import type { MintableRole } from '../organization/credential-roles.js';
import type {
  Decision,
  IssuedCode,
  MeetingRecord,
  StoredBallot,
  Turnout,
  Violation,
} from './records.js';
import { codeVoters, issueCodes, turnout } from './voting-codes.js';
import type { PbDatabase } from './pb-elections.js';
import {
  changeRound,
  createRound,
  getRound,
  listRounds,
  type RoundChangeOutcome,
  type RoundDecision,
  type RoundSummary,
  type StoredRound,
} from './rounds.js';
import { signingCodeHolder } from './signing-codes.js';
import type { RoundEntryData, RoundState } from '../round/round-state.js';
import { OpenSpaceStore } from './open-space-store.js';

export type { AddItemOutcome, CastOutcome, CastRules, CollectionItem, CollectionRecord };
export type { LockedMeeting, MeetingChange, MeetingSummary, KeysetPage };
export type { CredentialRecord, MintedCredential, OrganizationRecord, SigningCodeUse };
export type { ListedCredential, RevokeOutcome };
export type { RoundChangeOutcome, RoundDecision, RoundSummary, StoredRound };
export { OperatorKeyError } from './credentials.js';
export { CorruptHistoryError } from './meeting-rows.js';

/**
 * Everything the ballot box stores, as one object for the routes: a thin facade over the
 * storage modules, which are functions over one `Kysely<BallotBoxTables>` (a transaction is
 * one too): `meetings.ts` (create, read, change under the meeting's lock), `meeting-rows.ts`
 * (row lock, history and the replayed-state cache), `voting-codes.ts`, `ballots.ts`,
 * `ballot-queue.ts` (the group commit), `audit-log.ts` (the hash chain), `collections.ts`,
 * `organizations.ts` and `credentials.ts` (operator keys and role credentials).
 * The same queries run on SQLite and PostgreSQL. Every change that matters happens in one
 * transaction with its audit-log entry; a meeting's row is locked while its chain grows, so
 * concurrent ballots never fork the chain. Secrets (organizer tokens, voting codes) are stored
 * only as SHA-256 hashes and compared in constant time.
 *
 * A meeting's lifecycle is `@qingyuan/core`'s `meetingLifecycle`: the repository stores each
 * meeting's event history and derives its state with `replay` (cached per meeting until the
 * history grows). Rules about *whether* a change is allowed are not made here: callers pass a
 * `decide` function (or {@link CastRules}) that sees the current, locked record.
 *
 * Ballots are written by group commit (see `BallotQueue`): each caller's promise settles only
 * after the transaction holding its ballot commits.
 *
 * @example
 * const repo = new BallotBoxRepository(await openDatabase({ file: ':memory:' }));
 * const { organizerToken } = await repo.createMeeting(meeting, { organization: 'default', liveResults: false, corsOrigins: [] });
 */
export class BallotBoxRepository {
  private readonly db: Kysely<BallotBoxTables>;
  /** Lock rows with `FOR UPDATE` (PostgreSQL; SQLite has one writer). */
  private readonly forUpdate: boolean;
  private readonly states = new MeetingStates();
  private readonly queue: BallotQueue;
  /**
   * Where PB elections live, for the `pb-*.ts` storage functions (`pb-elections.ts`,
   * `pb-voters.ts`, `pb-ballots.ts`, `pb-paper-entries.ts`, `pb-audit-log.ts`).
   */
  readonly pb: PbDatabase;
  /** Open Space sessions of organisations: their documents, participant codes and logs. */
  readonly openSpace: OpenSpaceStore;

  constructor(store: BallotBoxDatabase) {
    this.db = store.db;
    this.forUpdate = store.dialect === 'postgres';
    this.queue = new BallotQueue(store, this.states);
    this.pb = { db: store.db, forUpdate: this.forUpdate };
    this.openSpace = new OpenSpaceStore(this.db, this.forUpdate);
  }

  /**
   * Creates a meeting in `draft` for an organisation (default: the organisation `default`);
   * returns its organizer token (shown once) or a conflict.
   */
  createMeeting(
    document: ReviewMeeting,
    settings: { organization?: string; liveResults: boolean; corsOrigins: string[] },
  ): Promise<{ ok: true; organizerToken: string; record: MeetingRecord } | { ok: false }> {
    const owned = { ...settings, organization: settings.organization ?? DEFAULT_ORGANIZATION_ID };
    return createMeeting(this.db, this.states, document, owned, this.forUpdate);
  }

  /** The meeting with this id, or `undefined`. */
  getMeeting(id: string): Promise<MeetingRecord | undefined> {
    return getMeeting(this.db, this.states, id);
  }

  /** The meeting's event history (core `MeetingEvent`s), oldest first. */
  history(id: string): Promise<MeetingEvent[]> {
    return meetingHistory(this.db, id);
  }

  /** Whether `token` is this meeting's organizer token (constant-time comparison). */
  isOrganizer(meetingId: string, token: string): Promise<boolean> {
    return isOrganizer(this.db, meetingId, token);
  }

  /** Changes a meeting in one transaction with the meeting locked (see `changeMeeting`). */
  changeMeeting(
    id: string,
    decide: (
      current: MeetingRecord,
      locked: LockedMeeting,
    ) => Decision<{ change: MeetingChange }> | Promise<Decision<{ change: MeetingChange }>>,
  ): Promise<
    { ok: true; record: MeetingRecord } | { ok: false; violations: Violation[] } | undefined
  > {
    return changeMeeting(this.db, this.states, id, decide, this.forUpdate);
  }

  /**
   * Changes a meeting inside the caller's transaction `trx` (see `changeMeetingWithin`): a
   * round's change that also records a meeting event, committed or rolled back together.
   */
  changeMeetingWithin(
    trx: Kysely<BallotBoxTables>,
    id: string,
    decide: (
      current: MeetingRecord,
      locked: LockedMeeting,
    ) => Decision<{ change: MeetingChange }> | Promise<Decision<{ change: MeetingChange }>>,
  ): Promise<
    | { ok: true; length: number; state: MeetingRecord['state'] }
    | { ok: false; violations: Violation[] }
    | undefined
  > {
    return changeMeetingWithin(trx, this.states, id, decide, this.forUpdate);
  }

  /** Issues voting codes, answered once (see `issueCodes`). */
  issueCodes(
    meetingId: string,
    request: { count: number } | { voters: string[] },
    decide: (current: MeetingRecord, namedVoters: Set<string>) => Violation[],
  ): Promise<
    { ok: true; codes: IssuedCode[] } | { ok: false; violations: Violation[] } | undefined
  > {
    return issueCodes(this.db, this.states, meetingId, request, decide, this.forUpdate);
  }

  /** Casts a ballot by group commit; resolves after its transaction commits (see `BallotQueue`). */
  castBallot(
    meetingId: string,
    ballot: { code: string; marks: StoredBallot['marks']; idempotencyKey?: string | undefined },
    rules: CastRules,
  ): Promise<CastOutcome> {
    return this.queue.cast(meetingId, ballot, rules);
  }

  /** The ballot a voting code last cast (a code sees only its own). */
  ballotOfCode(
    meetingId: string,
    code: string,
  ): Promise<{ found: false } | { found: true; ballot: StoredBallot | undefined }> {
    return ballotOfCode(this.db, meetingId, code);
  }

  /** The meeting's ballot submissions in the order they were cast (see `ballots`). */
  ballots(
    meetingId: string,
    options: { countedOnly?: boolean; code?: string } = {},
  ): Promise<StoredBallot[]> {
    return ballots(this.db, meetingId, options);
  }

  /** The meeting's codes and the voter id each votes as (private; see `codeVoters`). */
  codeVoters(meetingId: string): Promise<{ code: string; voter: string }[]> {
    return codeVoters(this.db, meetingId);
  }

  /** How many codes exist, how many have voted and how many submissions were made. */
  turnout(meetingId: string): Promise<Turnout> {
    return turnout(this.db, meetingId);
  }

  /** Where the log stood once results were published (see `publishedLog`). */
  publishedLog(meetingId: string): Promise<LogPosition | undefined> {
    return publishedLog(this.db, meetingId);
  }

  /** The meeting's whole audit log, oldest first. */
  auditLog(meetingId: string): Promise<AuditEntry[]> {
    return auditLog(this.db, meetingId);
  }

  /**
   * Creates a collection for survey responses or applications for an organisation (default:
   * the organisation `default`); returns its organizer token.
   */
  createCollection(input: {
    organization?: string;
    kind: CollectionRecord['kind'];
    schemaName: string | null;
    corsOrigins: string[];
    survey?: { id: string } | null;
    reportPublic?: boolean;
  }): Promise<{ organizerToken: string; record: CollectionRecord }> {
    const owned = { ...input, organization: input.organization ?? DEFAULT_ORGANIZATION_ID };
    return createCollection(this.db, owned);
  }

  /** The collection with this id, or `undefined`. */
  getCollection(id: string): Promise<CollectionRecord | undefined> {
    return getCollection(this.db, id);
  }

  /** Whether `token` is this collection's organizer token (constant-time comparison). */
  isCollectionOrganizer(collectionId: string, token: string): Promise<boolean> {
    return isCollectionOrganizer(this.db, collectionId, token);
  }

  /** Stores one document in a collection, idempotently with a key (see `addItem`). */
  addItem(
    collectionId: string,
    document: unknown,
    options: { idempotencyKey?: string | undefined } = {},
  ): Promise<AddItemOutcome> {
    return addItem(this.db, collectionId, document, options, this.forUpdate);
  }

  /** A page of a collection's items, oldest first, after item number `after`. */
  listItems(collectionId: string, after: number, limit: number): Promise<CollectionItem[]> {
    return listItems(this.db, collectionId, after, limit);
  }

  /** Creates an organisation with its first operator key (answered once). */
  createOrganization(
    name: string,
  ): Promise<{ organization: OrganizationRecord; operatorKey: string }> {
    return createOrganization(this.db, name);
  }

  /** The organisation with this id, or `undefined`. */
  getOrganization(id: string): Promise<OrganizationRecord | undefined> {
    return getOrganization(this.db, id);
  }

  /** The credential a bearer token is (operator key or role token), or `undefined`. */
  bearerCredential(token: string): Promise<CredentialRecord | undefined> {
    return bearerCredential(this.db, token);
  }

  /** Mints one credential of `role` per label; each secret is answered once. */
  mintCredentials(
    organizationId: string,
    role: MintableRole,
    labels: readonly (string | null)[],
    round: string | null = null,
  ): Promise<MintedCredential[]> {
    return mintCredentials(this.db, organizationId, role, labels, round);
  }

  /** Uses a team member's one-time signing code (see `useSigningCode`). */
  useSigningCode(organizationId: string, code: string): Promise<SigningCodeUse> {
    return useSigningCode(this.db, organizationId, code);
  }

  /**
   * Makes sure an operator key exists (see `ensureOperator`); answers the key minted now, to
   * show once, or `undefined`.
   */
  ensureOperator(given?: string): Promise<string | undefined> {
    return ensureOperator(this.db, given);
  }

  /** A page of an organisation's meetings in id order, after the id `after`. */
  listMeetings(
    organizationId: string,
    after: string | undefined,
    limit: number,
  ): Promise<KeysetPage<MeetingSummary>> {
    return listMeetings(this.db, organizationId, after, limit);
  }

  /** A page of an organisation's collections in id order, after the id `after`. */
  listCollections(
    organizationId: string,
    after: string | undefined,
    limit: number,
  ): Promise<KeysetPage<CollectionRecord>> {
    return listCollections(this.db, organizationId, after, limit);
  }

  /** A page of an organisation's credentials in id order, revoked ones included, no secrets. */
  listCredentials(
    organizationId: string,
    after: string | undefined,
    limit: number,
  ): Promise<KeysetPage<ListedCredential>> {
    return listCredentials(this.db, organizationId, after, limit);
  }

  /** Revokes a credential of an organisation (see `revokeCredential`). */
  revokeCredential(organizationId: string, credentialId: string): Promise<RevokeOutcome> {
    return revokeCredential(this.db, organizationId, credentialId, this.forUpdate);
  }

  /** When the credential of a bearer token was revoked, or `undefined` (see `credentialRevokedAt`). */
  credentialRevokedAt(token: string): Promise<string | undefined> {
    return credentialRevokedAt(this.db, token);
  }

  /** The needs survey a collection collects for, or `undefined` (see `collectionSurvey`). */
  collectionSurvey(id: string): Promise<unknown> {
    return collectionSurvey(this.db, id);
  }

  /** Creates a round of an organisation (see `createRound`); `undefined` when its id is taken. */
  createRound(
    organizationId: string,
    data: RoundEntryData['round.created'],
    credential: string,
  ): Promise<StoredRound | undefined> {
    return createRound(this.db, organizationId, data, credential);
  }

  /** A round of an organisation with its log and state (see `getRound`). */
  getRound(organizationId: string, id: string): Promise<StoredRound | undefined> {
    return getRound(this.db, organizationId, id);
  }

  /** A page of an organisation's rounds (see `listRounds`). */
  listRounds(
    organizationId: string,
    after: string | undefined,
    limit: number,
  ): Promise<KeysetPage<RoundSummary>> {
    return listRounds(this.db, organizationId, after, limit);
  }

  /** Changes a round under its lock, appending one entry to its log (see `changeRound`). */
  changeRound(
    organizationId: string,
    id: string,
    decide: (
      state: RoundState,
      trx: Kysely<BallotBoxTables>,
    ) => RoundDecision | Promise<RoundDecision>,
    options: { idempotencyKey?: string | undefined; requestHash?: string | undefined } = {},
  ): Promise<RoundChangeOutcome> {
    return changeRound(this.db, organizationId, id, decide, {
      ...options,
      forUpdate: this.forUpdate,
    });
  }

  /** Whose a signing code is, without using it (see `signingCodeHolder`). */
  signingCodeHolder(organizationId: string, code: string): Promise<CredentialRecord | undefined> {
    return signingCodeHolder(this.db, organizationId, code);
  }
}
