import type { Kysely, Transaction } from 'kysely';
import type { OpenSpaceSession } from '@qingyuan/core';
import type { AuditEntry } from '../audit/hash-chain.js';
import type { BallotBoxTables } from '../db/database-schema.js';
import {
  participantOfCode,
  participantsWithCodes,
  storeParticipantCodes,
  type ParticipantCode,
} from './open-space-codes.js';
import { roundsOfSession } from './application-origins.js';
import { sessionLog } from './open-space-log.js';
import type { SessionPost } from './open-space-replays.js';
import {
  changeSession,
  createSession,
  getSession,
  listSessions,
  type SessionChange,
  type SessionDecision,
  type SessionRecord,
} from './open-space-sessions.js';

export type { ParticipantCode, SessionChange, SessionDecision, SessionPost, SessionRecord };

/**
 * The Open Space storage the routes use (`repository.openSpace`): a thin facade over
 * `open-space-sessions.ts`, `open-space-codes.ts`, `open-space-log.ts`,
 * `open-space-replays.ts` and `application-origins.ts`, bound to one database.
 *
 * @example
 * const created = await repository.openSpace.create('org-7K2Q', session); // true
 */
export class OpenSpaceStore {
  constructor(
    private readonly db: Kysely<BallotBoxTables>,
    /** Lock rows with `FOR UPDATE` (PostgreSQL; SQLite has one writer). */
    private readonly forUpdate: boolean,
  ) {}

  /** Stores a new session; `false` when the organisation has one with its id already. */
  create(
    organization: string,
    session: OpenSpaceSession,
    corsOrigins: readonly string[] = [],
  ): Promise<boolean> {
    return createSession(this.db, organization, session, corsOrigins);
  }

  /** The session, or `undefined`. */
  get(organization: string, id: string): Promise<SessionRecord | undefined> {
    return getSession(this.db, organization, id);
  }

  /** Changes the session under its lock (see `changeSession`). */
  change<A>(
    organization: string,
    id: string,
    decide: (
      session: OpenSpaceSession,
      trx: Transaction<BallotBoxTables>,
    ) => Promise<SessionDecision<A>> | SessionDecision<A>,
    post?: SessionPost,
  ): Promise<SessionChange<A>> {
    return changeSession(this.db, organization, id, decide, post, this.forUpdate);
  }

  /** The participant ids that hold a code, read in `trx`. */
  withCodes(trx: Transaction<BallotBoxTables>, organization: string, id: string) {
    return participantsWithCodes(trx, organization, id);
  }

  /** Stores codes for `participants` in `trx`; answers the secrets once. */
  storeCodes(
    trx: Transaction<BallotBoxTables>,
    organization: string,
    id: string,
    participants: readonly string[],
  ): Promise<ParticipantCode[]> {
    return storeParticipantCodes(trx, organization, id, participants);
  }

  /** The participant a code acts as, or `undefined`. */
  participantOf(organization: string, id: string, code: string): Promise<string | undefined> {
    return participantOfCode(this.db, organization, id, code);
  }

  /** The session's hash-chained log. */
  log(organization: string, id: string): Promise<AuditEntry[]> {
    return sessionLog(this.db, organization, id);
  }

  /** A page of an organisation's sessions (see `listSessions`). */
  list(organization: string, after: string | undefined, limit: number) {
    return listSessions(this.db, organization, after, limit);
  }

  /** The rounds holding applications that came from the session (see `roundsOfSession`). */
  roundsOf(organization: string, id: string): Promise<string[]> {
    return roundsOfSession(this.db, organization, id);
  }
}
