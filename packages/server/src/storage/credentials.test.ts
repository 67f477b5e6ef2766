import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { OperatorKeyError } from './credentials.js';
import { BallotBoxRepository } from './repository.js';

describeEachBackend('organisations and credentials in storage', (backend) => {
  let store: TestDatabase;
  let repo: BallotBoxRepository;

  beforeEach(async () => {
    store = await backend.open();
    repo = new BallotBoxRepository(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('mints an operator key for `default` on the first start only', async () => {
    const first = await repo.ensureOperator();
    expect(first).toMatch(/^qyk_/);
    expect(await repo.bearerCredential(first!)).toMatchObject({
      organization: 'default',
      role: 'operator',
    });
    expect(await repo.ensureOperator()).toBeUndefined();
    // A database whose only operator belongs to a created organisation needs no other.
    const second = await backend.open();
    try {
      const other = new BallotBoxRepository(second);
      await other.createOrganization('NGO');
      expect(await other.ensureOperator()).toBeUndefined();
    } finally {
      await second.dispose();
    }
  });

  it('takes a given operator key (QINGYUAN_OPERATOR_KEY) once, and refuses a weak one', async () => {
    const key = 'demo-operator-key-0123456789abcdef';
    expect(await repo.ensureOperator(key)).toBeUndefined();
    expect(await repo.ensureOperator(key)).toBeUndefined(); // the next start: already known
    expect(await repo.bearerCredential(key)).toMatchObject({ role: 'operator' });
    // No operator key is minted beside it.
    expect(await repo.ensureOperator()).toBeUndefined();
    await expect(repo.ensureOperator('short')).rejects.toBeInstanceOf(OperatorKeyError);
    await expect(repo.ensureOperator('has spaces in it but is long enough')).rejects.toThrow(
      /24 characters without spaces/,
    );
    const { organization } = await repo.createOrganization('NGO');
    const [auditor] = await repo.mintCredentials(organization.id, 'auditor', [null]);
    // Another role's token never becomes an operator key.
    await expect(repo.ensureOperator(auditor!.secret)).rejects.toThrow(/another role/);
  });

  it('uses a team member signing code once, only in its organisation, however it is typed', async () => {
    const a = await repo.createOrganization('A');
    const b = await repo.createOrganization('B');
    const [member] = await repo.mintCredentials(a.organization.id, 'team-member', ['Wang Fang']);
    expect(member!.secret).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    // A signing code is not a bearer token.
    expect(await repo.bearerCredential(member!.secret)).toBeUndefined();
    expect(await repo.useSigningCode(b.organization.id, member!.secret)).toEqual({
      ok: false,
      reason: 'unknown-code',
    });
    const typed = member!.secret.toLowerCase().replaceAll('-', ' ');
    const used = await repo.useSigningCode(a.organization.id, typed);
    expect(used).toMatchObject({ ok: true, credential: { id: member!.id, label: 'Wang Fang' } });
    expect(await repo.useSigningCode(a.organization.id, member!.secret)).toEqual({
      ok: false,
      reason: 'code-used',
    });
  });

  it('lets exactly one of two racing uses of a signing code through', async () => {
    const { organization } = await repo.createOrganization('A');
    const [member] = await repo.mintCredentials(organization.id, 'team-member', [null]);
    const uses = await Promise.all([
      repo.useSigningCode(organization.id, member!.secret),
      repo.useSigningCode(organization.id, member!.secret),
    ]);
    expect(uses.filter((use) => use.ok)).toHaveLength(1);
    expect(uses.filter((use) => !use.ok)).toEqual([{ ok: false, reason: 'code-used' }]);
  });
});
