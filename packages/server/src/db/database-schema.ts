/**
 * The ballot box's tables as Kysely sees them. Every column is a portable type (text,
 * integer), so one repository serves SQLite and PostgreSQL: JSON is stored as text, booleans
 * as 0/1, times as ISO 8601 text.
 */
export interface BallotBoxTables {
  meetings: MeetingsTable;
  voter_codes: VoterCodesTable;
  ballots: BallotsTable;
  audit_log: AuditLogTable;
  meeting_events: MeetingEventsTable;
  collections: CollectionsTable;
  collection_items: CollectionItemsTable;
  organizations: OrganizationsTable;
  credentials: CredentialsTable;
  pb_elections: PbElectionsTable;
  pb_voters: PbVotersTable;
  pb_ballots: PbBallotsTable;
  pb_paper_entries: PbPaperEntriesTable;
  pb_audit_log: PbAuditLogTable;
  rounds: RoundsTable;
  round_log: RoundLogTable;
  open_space_sessions: OpenSpaceSessionsTable;
  open_space_codes: OpenSpaceCodesTable;
  open_space_log: OpenSpaceLogTable;
  open_space_replays: OpenSpaceReplaysTable;
  application_origins: ApplicationOriginsTable;
}

/**
 * One review meeting with the head of its audit chain. `document` and `status` are copies of
 * the state replayed from its history (`meeting_events`), kept for operators' queries.
 */
export interface MeetingsTable {
  id: string;
  document: string;
  status: string;
  history_length: number;
  organizer_token_hash: string;
  live_results: number;
  cors_origins: string;
  log_length: number;
  log_head: string;
  created_at: string;
  updated_at: string;
  /** The organisation that owns the meeting (`default` for meetings older than organisations). */
  organization_id: string;
}

/** One voting code: its public anonymous id and the SHA-256 of the secret code. */
export interface VoterCodesTable {
  id: string;
  meeting_id: string;
  code_hash: string;
  voter_id: string;
  ballots_cast: number;
  created_at: string;
}

/** Every accepted ballot submission; the one with the highest `seq` per code counts. */
export interface BallotsTable {
  meeting_id: string;
  code_id: string;
  seq: number;
  marks: string;
  receipt: string;
  idempotency_key: string | null;
  log_seq: number;
  cast_at: string;
}

/** The append-only, hash-chained log of one meeting. */
export interface AuditLogTable {
  meeting_id: string;
  seq: number;
  kind: string;
  at: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/** One event of a meeting's history: a `MeetingEvent` of @qingyuan/core as JSON. */
export interface MeetingEventsTable {
  meeting_id: string;
  seq: number;
  event: string;
}

/** A place where survey responses or applications are collected. */
export interface CollectionsTable {
  id: string;
  kind: string;
  schema_name: string | null;
  organizer_token_hash: string;
  cors_origins: string;
  item_count: number;
  created_at: string;
  /** The organisation that owns the collection. */
  organization_id: string;
  /** The `NeedsSurvey` a survey-response collection collects for (JSON), or null. */
  survey: string | null;
  /** 1 when anyone may read the collection's aggregated needs report, else 0. */
  report_public: number;
}

/** One stored survey response or application, verbatim. */
export interface CollectionItemsTable {
  collection_id: string;
  seq: number;
  document: string;
  received_at: string;
  /** The `Idempotency-Key` the item was sent with (unique per collection), or null. */
  idempotency_key: string | null;
}

/** An organisation: owns meetings and collections (ids of both are unique in the database). */
export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

/**
 * A credential of one organisation: an operator key or a role's token or signing code, stored
 * only as the SHA-256 of the secret. `used_at` is set when a one-time signing code is used.
 */
export interface CredentialsTable {
  id: string;
  organization_id: string;
  role: string;
  secret_hash: string;
  label: string | null;
  used_at: string | null;
  created_at: string;
  /** When an operator revoked the credential (it opens nothing since), or null. */
  revoked_at: string | null;
  /** The one round the credential opens, or null for every round of its organisation. */
  round_id: string | null;
}

/** A round of an organisation, with the head of its hash-chained log (`round_log`). */
export interface RoundsTable {
  organization_id: string;
  id: string;
  log_length: number;
  log_head: string;
  created_at: string;
  updated_at: string;
}

/**
 * One entry of a round's append-only, hash-chained log: its `data` is the document the entry
 * records (JSON), so the round's state is replayed from the log. `project`, `credential_id`
 * (who posted it) and the idempotency columns are copies for queries and retries.
 */
export interface RoundLogTable {
  organization_id: string;
  round_id: string;
  seq: number;
  kind: string;
  at: string;
  data: string;
  prev_hash: string;
  hash: string;
  project: string | null;
  credential_id: string | null;
  idempotency_key: string | null;
  /** SHA-256 of the request (canonical JSON) sent with `idempotency_key`. */
  request_hash: string | null;
}

/**
 * A participatory-budgeting election: its ballot sheet (core's `PbBallotElection` with the
 * texts, JSON), its rule (JSON), its status (`draft`, `open`, `closed`), when its count was
 * certified and the head of its hash chain (`pb_audit_log`).
 */
export interface PbElectionsTable {
  id: string;
  organization_id: string;
  sheet: string;
  rule: string;
  status: string;
  log_length: number;
  log_head: string;
  created_at: string;
  updated_at: string;
  /** When its count was certified (the outcome final, paper entries refused); null before. */
  certified_at?: string | null;
}

/**
 * Who may vote in a PB election: a voting code (`kind` `code`) or a census identifier
 * (`census`), stored only as a SHA-256 (hex); `id` is the voter's public anonymous id.
 */
export interface PbVotersTable {
  election_id: string;
  id: string;
  kind: string;
  secret_hash: string;
  created_at: string;
}

/** A PB ballot cast online: one per voter, never replaced (core's `PbBallot` as JSON). */
export interface PbBallotsTable {
  election_id: string;
  voter_id: string;
  ballot: string;
  receipt: string;
  idempotency_key: string | null;
  log_seq: number;
  cast_at: string;
}

/** One officer's entry of one paper ballot (a ballot counts once two officers' entries match). */
export interface PbPaperEntriesTable {
  election_id: string;
  paper_number: string;
  /** The id of the credential the officer entered it with. */
  officer_id: string;
  ballot: string;
  log_seq: number;
  entered_at: string;
}

/** The append-only, hash-chained log of one PB election. */
export interface PbAuditLogTable {
  election_id: string;
  seq: number;
  kind: string;
  at: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/**
 * An Open Space session of an organisation: core's `OpenSpaceSession` as JSON (ideas, topics,
 * dot votes and hidden items; nothing is ever removed) and the head of its hash-chained log.
 */
export interface OpenSpaceSessionsTable {
  organization_id: string;
  id: string;
  document: string;
  /** The origins (JSON list) whose pages may post to the session. */
  cors_origins: string;
  log_length: number;
  log_head: string;
  created_at: string;
  updated_at: string;
}

/** A participant's code of a session: the participant id it acts as, the SHA-256 of the code. */
export interface OpenSpaceCodesTable {
  organization_id: string;
  session_id: string;
  participant_id: string;
  code_hash: string;
  created_at: string;
}

/** One entry of a session's append-only, hash-chained log. */
export interface OpenSpaceLogTable {
  organization_id: string;
  session_id: string;
  seq: number;
  kind: string;
  at: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/**
 * A post to a session sent with an `Idempotency-Key`: the request and the answer it got, so a
 * retry with the same key is answered the same and another request under it is refused.
 */
export interface OpenSpaceReplaysTable {
  organization_id: string;
  session_id: string;
  /** The participant id of the code (or `organizer`) and the route: `p-7K2Q/ideas`. */
  sender: string;
  idempotency_key: string;
  request: string;
  answer: string;
}

/**
 * An application of a round that names the Open Space session it came from
 * (`Application.origin`): the session's report reads its applications through this index.
 */
export interface ApplicationOriginsTable {
  organization_id: string;
  session_id: string;
  round_id: string;
  application_id: string;
}
