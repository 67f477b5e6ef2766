import type { Kysely } from 'kysely';
import type { BallotBoxTables } from '../db/database-schema.js';
import {
  isSigningCodeRole,
  type CredentialRole,
  type MintableRole,
} from '../organization/credential-roles.js';
import {
  hashSecret,
  newOperatorKey,
  newPublicId,
  newRoleToken,
  newVotingCode,
  normalizeVotingCode,
  secretMatches,
} from '../security/secrets.js';
import { readKeysetPage, type KeysetPage } from './keyset-page.js';
import { now } from './meeting-rows.js';
import { DEFAULT_ORGANIZATION_ID } from './organizations.js';

/** A credential as stored, without its secret (which is kept only as a hash). */
export interface CredentialRecord {
  id: string;
  organization: string;
  role: CredentialRole;
  /** Who it was given to, as the operator wrote it (e.g. a name or "supervision group 2"). */
  label: string | null;
  /** When a one-time signing code was used; `null` before, and always for bearer tokens. */
  usedAt: string | null;
  createdAt: string;
  /** The one round of the organisation it opens, or `null` for all of them. */
  round: string | null;
}

/** A credential as its organisation's operator lists it: with when it was revoked, if it was. */
export interface ListedCredential extends CredentialRecord {
  /** When an operator revoked it (it opens nothing since), or `null` while it is valid. */
  revokedAt: string | null;
}

/** The outcome of revoking a credential. */
export type RevokeOutcome =
  | { ok: true; credential: ListedCredential }
  | { ok: false; reason: 'unknown-credential' | 'last-operator-key' };

/** A credential as minted: the secret is answered once, here. */
export interface MintedCredential extends CredentialRecord {
  secret: string;
}

/** The outcome of using a team member's one-time signing code. */
export type SigningCodeUse =
  { ok: true; credential: CredentialRecord } | { ok: false; reason: 'unknown-code' | 'code-used' };

/**
 * An operator key given to the server (`QINGYUAN_OPERATOR_KEY`) cannot be one: too weak to
 * guard the server, or already the secret of another role.
 */
export class OperatorKeyError extends Error {
  override readonly name = 'OperatorKeyError';
}

function record(row: BallotBoxTables['credentials']): CredentialRecord {
  return {
    id: row.id,
    organization: row.organization_id,
    role: row.role as CredentialRole,
    label: row.label,
    usedAt: row.used_at,
    createdAt: row.created_at,
    round: row.round_id ?? null,
  };
}

function listed(row: BallotBoxTables['credentials']): ListedCredential {
  return { ...record(row), revokedAt: row.revoked_at };
}

/**
 * The credential a bearer token (`Authorization: Bearer …`) is: an operator key or a role
 * token, or `undefined` for an unknown token. A team member's signing code is never a bearer
 * token and gives `undefined` here, as does a revoked credential. Looked up by the secret's
 * hash, compared in constant time.
 *
 * @example
 * const who = await bearerCredential(db, 'qyk_…'); // { role: 'operator', organization: 'org-…', … }
 */
export async function bearerCredential(
  db: Kysely<BallotBoxTables>,
  token: string,
): Promise<CredentialRecord | undefined> {
  const row = await db
    .selectFrom('credentials')
    .selectAll()
    .where('secret_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (row === undefined || !secretMatches(token, row.secret_hash)) return undefined;
  if (row.revoked_at !== null) return undefined;
  const found = record(row);
  return isSigningCodeRole(found.role) ? undefined : found;
}

/**
 * Mints one credential of `role` per label in an organisation and answers each secret once:
 * a `qyr_…` token for the bearer roles, a voting-code-like signing code (Crockford base32 in
 * groups of four, typed or read from a QR code) for `team-member`.
 *
 * @example
 * const [auditor] = await mintCredentials(db, 'org-7K2Q', 'auditor', ['Li Na']);
 * auditor.secret; // 'qyr_…' (shown once)
 */
export async function mintCredentials(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  role: MintableRole,
  labels: readonly (string | null)[],
  round: string | null = null,
): Promise<MintedCredential[]> {
  const at = now();
  const minted = labels.map((label) => {
    const secret = isSigningCodeRole(role) ? newVotingCode() : newRoleToken();
    return {
      credential: {
        id: newPublicId(role === 'team-member' ? 'tm-' : 'cred-'),
        organization: organizationId,
        role,
        label,
        usedAt: null,
        createdAt: at,
        round,
      } satisfies CredentialRecord,
      secret,
      hash: hashSecret(isSigningCodeRole(role) ? normalizeVotingCode(secret) : secret),
    };
  });
  if (minted.length > 0) {
    await db
      .insertInto('credentials')
      .values(
        minted.map(({ credential, hash }) => ({
          id: credential.id,
          organization_id: organizationId,
          role,
          secret_hash: hash,
          label: credential.label,
          used_at: null,
          created_at: at,
          revoked_at: null,
          round_id: round,
        })),
      )
      .execute();
  }
  return minted.map(({ credential, secret }) => ({ ...credential, secret }));
}

/**
 * Uses a team member's one-time signing code of this organisation: the first use marks it used
 * and answers its credential (whose id and label say who signed); a second use, or a code of
 * another organisation, is refused. Atomic: of two racing uses exactly one succeeds.
 *
 * @example
 * const use = await useSigningCode(db, 'org-7K2Q', 'K7Q2-9XWD-…');
 * // { ok: true, credential: { id: 'tm-…', label: 'Wang Fang', usedAt: '2026-…' } }
 */
export async function useSigningCode(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  code: string,
): Promise<SigningCodeUse> {
  const normalized = normalizeVotingCode(code);
  const hash = hashSecret(normalized);
  const row = await db
    .selectFrom('credentials')
    .selectAll()
    .where('secret_hash', '=', hash)
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'team-member')
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(normalized, row.secret_hash)) {
    return { ok: false, reason: 'unknown-code' };
  }
  const at = now();
  const updated = await db
    .updateTable('credentials')
    .set({ used_at: at })
    .where('id', '=', row.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'code-used' };
  return { ok: true, credential: record({ ...row, used_at: at }) };
}

/**
 * Makes sure the database has an operator: with `given` (the `QINGYUAN_OPERATOR_KEY` of a
 * development or demo setup), that key becomes an operator key of the default organisation
 * unless it already is one; without it, a database with no operator key at all (a fresh one,
 * or one upgraded from before organisations) gets a new operator key for the default
 * organisation. Answers the key minted now, to show once, or `undefined` when none was.
 *
 * @example
 * const shown = await ensureOperator(db); // 'qyk_…' on the first start, then undefined
 */
export async function ensureOperator(
  db: Kysely<BallotBoxTables>,
  given?: string,
): Promise<string | undefined> {
  if (given !== undefined) {
    if (given.length < 24 || /\s/.test(given)) {
      throw new OperatorKeyError('An operator key must be at least 24 characters without spaces');
    }
    const known = await db
      .selectFrom('credentials')
      .select(['role', 'secret_hash'])
      .where('secret_hash', '=', hashSecret(given))
      .executeTakeFirst();
    if (known !== undefined) {
      if (known.role !== 'operator') {
        throw new OperatorKeyError('This operator key is already the secret of another role');
      }
      return undefined;
    }
    await insertOperatorKey(db, given);
    return undefined;
  }
  const any = await db
    .selectFrom('credentials')
    .select('id')
    .where('role', '=', 'operator')
    .executeTakeFirst();
  if (any !== undefined) return undefined;
  const key = newOperatorKey();
  await insertOperatorKey(db, key);
  return key;
}

async function insertOperatorKey(db: Kysely<BallotBoxTables>, key: string): Promise<void> {
  await db
    .insertInto('credentials')
    .values({
      id: newPublicId('cred-'),
      organization_id: DEFAULT_ORGANIZATION_ID,
      role: 'operator',
      secret_hash: hashSecret(key),
      label: null,
      used_at: null,
      created_at: now(),
      revoked_at: null,
    })
    .execute();
}

/**
 * A page of an organisation's credentials in id order, after the credential id `after`,
 * revoked ones included (with `revokedAt`). Never a secret: only its hash is stored.
 *
 * @example
 * const page = await listCredentials(db, 'org-7K2Q', undefined, 100);
 * // { items: [{ id: 'cred-…', role: 'auditor', label: 'Li Na', revokedAt: null, … }], next: null }
 */
export async function listCredentials(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  after: string | undefined,
  limit: number,
): Promise<KeysetPage<ListedCredential>> {
  const page = await readKeysetPage(
    db.selectFrom('credentials').selectAll().where('organization_id', '=', organizationId),
    'id',
    after,
    limit,
  );
  return { next: page.next, items: page.items.map(listed) };
}

/**
 * Revokes a credential of an organisation: from now on its token opens nothing (`401`) and a
 * signing code no longer signs. The row stays, with `revokedAt`, so the organisation's record
 * still says who held it. Revoking it again answers the first revocation. The organisation's
 * last valid operator key cannot be revoked (nobody could act for it any more): the operator
 * keys are locked while this is checked (on PostgreSQL; SQLite has one writer), so two racing
 * revocations cannot remove the last two.
 *
 * @example
 * const outcome = await revokeCredential(db, 'org-7K2Q', 'cred-9XWD', false);
 * // { ok: true, credential: { id: 'cred-9XWD', revokedAt: '2026-…', … } }
 */
export async function revokeCredential(
  db: Kysely<BallotBoxTables>,
  organizationId: string,
  credentialId: string,
  forUpdate: boolean,
): Promise<RevokeOutcome> {
  return db.transaction().execute(async (trx): Promise<RevokeOutcome> => {
    const row = await trx
      .selectFrom('credentials')
      .selectAll()
      .where('id', '=', credentialId)
      .where('organization_id', '=', organizationId)
      .executeTakeFirst();
    if (row === undefined) return { ok: false, reason: 'unknown-credential' };
    if (row.revoked_at !== null) return { ok: true, credential: listed(row) };
    if (row.role === 'operator') {
      const valid = await trx
        .selectFrom('credentials')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'operator')
        .where('revoked_at', 'is', null)
        .$if(forUpdate, (qb) => qb.forUpdate())
        .execute();
      if (valid.length <= 1) return { ok: false, reason: 'last-operator-key' };
    }
    const at = now();
    await trx
      .updateTable('credentials')
      .set({ revoked_at: at })
      .where('id', '=', credentialId)
      .execute();
    return { ok: true, credential: listed({ ...row, revoked_at: at }) };
  });
}

/**
 * When the credential a bearer token was got revoked, or `undefined` when the token is not a
 * revoked credential (valid, unknown, or a signing code): lets a route answer `401 revoked`
 * rather than treat the token as one of another meeting.
 *
 * @example
 * await credentialRevokedAt(db, 'qyr_…'); // '2026-12-05T17:02:11.000Z'
 */
export async function credentialRevokedAt(
  db: Kysely<BallotBoxTables>,
  token: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('credentials')
    .select(['secret_hash', 'revoked_at'])
    .where('secret_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (row === undefined || row.revoked_at === null) return undefined;
  return secretMatches(token, row.secret_hash) ? row.revoked_at : undefined;
}
