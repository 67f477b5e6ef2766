import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { hashSecret, newOperatorKey, newPublicId } from '../security/secrets.js';
import { BallotBoxRepository } from './repository.js';

describeEachBackend('revoking credentials in storage', (backend) => {
  let store: TestDatabase;
  let repo: BallotBoxRepository;

  beforeEach(async () => {
    store = await backend.open();
    repo = new BallotBoxRepository(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  /** Another operator key of the organisation; answers its credential id and key. */
  async function addOperatorKey(organization: string) {
    const key = newOperatorKey();
    const id = newPublicId('cred-');
    await store.db
      .insertInto('credentials')
      .values({
        id,
        organization_id: organization,
        role: 'operator',
        secret_hash: hashSecret(key),
        label: null,
        used_at: null,
        created_at: new Date().toISOString(),
        revoked_at: null,
      })
      .execute();
    return { id, key };
  }

  it('lets exactly one of two racing revocations of the last two operator keys through', async () => {
    const { organization, operatorKey } = await repo.createOrganization('NGO');
    const first = { id: (await repo.bearerCredential(operatorKey))!.id, key: operatorKey };
    const second = await addOperatorKey(organization.id);
    const outcomes = await Promise.all([
      repo.revokeCredential(organization.id, first.id),
      repo.revokeCredential(organization.id, second.id),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
      { ok: false, reason: 'last-operator-key' },
    ]);
    // Exactly one operator key still opens the organisation.
    const valid = await Promise.all([first.key, second.key].map((k) => repo.bearerCredential(k)));
    expect(valid.filter((credential) => credential !== undefined)).toHaveLength(1);
  });

  it('keeps the revoked credential listed and its revocation time; another organisation’s is unknown', async () => {
    const { organization } = await repo.createOrganization('NGO');
    const other = await repo.createOrganization('Elsewhere');
    const [auditor] = await repo.mintCredentials(organization.id, 'auditor', ['Li Na']);
    expect(await repo.revokeCredential(other.organization.id, auditor!.id)).toEqual({
      ok: false,
      reason: 'unknown-credential',
    });
    const revoked = await repo.revokeCredential(organization.id, auditor!.id);
    expect(revoked.ok).toBe(true);
    const page = await repo.listCredentials(organization.id, undefined, 10);
    const listed = page.items.find((credential) => credential.id === auditor!.id)!;
    expect(listed.revokedAt).toBe(revoked.ok ? revoked.credential.revokedAt : null);
    expect(await repo.credentialRevokedAt(auditor!.secret)).toBe(listed.revokedAt);
    expect(await repo.bearerCredential(auditor!.secret)).toBeUndefined();
  });
});
