import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { pilotMeetingInput } from '../../../test/support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describeEachBackend(
  'an organisation’s credentials: listed and revoked by its operator',
  (backend) => {
    let store: TestDatabase;
    let box: TestBox;
    let org: { id: string; key: string };
    let other: { id: string; key: string };

    const json = async (res: Response | Promise<Response>) => (await (await res).json()) as Json;
    const list = (token: string, query = '') =>
      box.request('GET', `/organizations/${org.id}/credentials${query}`, undefined, bearer(token));
    const revoke = (token: string, id: string, headers: Record<string, string> = {}) =>
      box.request('DELETE', `/organizations/${org.id}/credentials/${id}`, undefined, {
        ...bearer(token),
        ...headers,
      });

    beforeEach(async () => {
      store = await backend.open();
      box = new TestBox(store);
      const a = await box.repository.createOrganization('Qingyuan NGO');
      const b = await box.repository.createOrganization('Elsewhere NGO');
      org = { id: a.organization.id, key: a.operatorKey };
      other = { id: b.organization.id, key: b.operatorKey };
    });
    afterEach(async () => {
      await store.dispose();
    });

    it('lists every credential with role, label and dates, never a secret or its hash', async () => {
      const minted = await json(
        box.request(
          'POST',
          `/organizations/${org.id}/credentials`,
          { role: 'auditor', labels: ['Li Na', 'Zhang Wei'] },
          bearer(org.key),
        ),
      );
      const [code] = await box.repository.mintCredentials(org.id, 'team-member', ['Wang Fang']);
      const res = await list(org.key);
      expect(res.status).toBe(200);
      const text = await res.clone().text();
      const page = (await res.json()) as Json;
      expect(page.next).toBeNull();
      expect(page.items).toHaveLength(4); // the operator key, two auditors, one signing code
      expect(page.items.map((c: Json) => c.role).sort()).toEqual([
        'auditor',
        'auditor',
        'operator',
        'team-member',
      ]);
      const liNa = page.items.find((c: Json) => c.label === 'Li Na');
      expect(liNa).toEqual({
        id: minted.credentials[0].id,
        organization: org.id,
        role: 'auditor',
        label: 'Li Na',
        usedAt: null,
        createdAt: minted.credentials[0].createdAt,
        round: null,
        revokedAt: null,
      });
      for (const secret of [
        org.key,
        code!.secret,
        ...minted.credentials.map((c: Json) => c.secret),
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toMatch(/hash/i);
      // Pages in id order.
      const first = await json(list(org.key, '?limit=3'));
      expect(first.items).toHaveLength(3);
      const rest = await json(list(org.key, `?after=${first.next as string}`));
      expect([...first.items, ...rest.items].map((c: Json) => c.id)).toEqual(
        page.items.map((c: Json) => c.id),
      );
      // Another organisation's credentials are not listed.
      expect(page.items.every((c: Json) => c.organization === org.id)).toBe(true);
    });

    it('lets only the operator list and revoke: a role token 403, another organisation 403, none 401', async () => {
      const [organizer] = await box.repository.mintCredentials(org.id, 'organizer', [
        'Coordination',
      ]);
      expect((await list(organizer!.secret)).status).toBe(403);
      expect((await revoke(organizer!.secret, organizer!.id)).status).toBe(403);
      expect((await list(other.key)).status).toBe(403);
      expect((await revoke(other.key, organizer!.id)).status).toBe(403);
      expect((await box.request('GET', `/organizations/${org.id}/credentials`)).status).toBe(401);
      // Nothing was revoked by the refused requests.
      expect((await box.repository.bearerCredential(organizer!.secret))?.role).toBe('organizer');
    });

    it('revokes a credential: its token gets 401 from then on, and it stays listed with revokedAt', async () => {
      const [organizer] = await box.repository.mintCredentials(org.id, 'organizer', [
        'Coordination',
      ]);
      const created = await box.request(
        'POST',
        '/meetings',
        { meeting: pilotMeetingInput('m-1') },
        bearer(org.key),
      );
      expect(created.status).toBe(201);
      // The organizer credential runs the organisation's meetings…
      const patch = () =>
        box.request('PATCH', '/meetings/m-1', { liveResults: true }, bearer(organizer!.secret));
      expect((await patch()).status).toBe(200);
      expect(
        (await box.request('GET', `/organizations/${org.id}`, undefined, bearer(organizer!.secret)))
          .status,
      ).toBe(200);

      const revoked = await revoke(org.key, organizer!.id);
      expect(revoked.status).toBe(200);
      const shown = (await revoked.json()) as Json;
      expect(shown).toMatchObject({ id: organizer!.id, role: 'organizer', label: 'Coordination' });
      expect(Date.parse(shown.revokedAt as string)).not.toBeNaN();

      // …and after revocation opens nothing: 401, as an unknown token.
      const after = await patch();
      expect(after.status).toBe(401);
      expect(
        (await box.request('GET', `/organizations/${org.id}`, undefined, bearer(organizer!.secret)))
          .status,
      ).toBe(401);
      const listed = await json(list(org.key));
      expect(listed.items.find((c: Json) => c.id === organizer!.id).revokedAt).toBe(
        shown.revokedAt,
      );
      // Revoking again answers the first revocation.
      expect(await json(revoke(org.key, organizer!.id))).toEqual(shown);
    });

    it('revokes a team member’s signing code: it no longer signs', async () => {
      const [member] = await box.repository.mintCredentials(org.id, 'team-member', ['Wang Fang']);
      expect((await revoke(org.key, member!.id)).status).toBe(200);
      expect(await box.repository.useSigningCode(org.id, member!.secret)).toEqual({
        ok: false,
        reason: 'unknown-code',
      });
    });

    it('keeps the last valid operator key (409 naming the rule) but revokes a second one', async () => {
      const own = (await box.repository.bearerCredential(org.key))!;
      const refused = await revoke(org.key, own.id, { 'accept-language': 'zh-CN' });
      expect(refused.status).toBe(409);
      const answer = (await refused.json()) as Json;
      expect(answer.violations).toEqual([
        {
          rule: 'ballot-box.operator-key-remains',
          message: expect.stringMatching(/运营密钥/),
          path: ['credential'],
        },
      ]);
      expect((await list(org.key)).status).toBe(200);
      // With a second operator key the first one can go (and then opens nothing).
      const { operatorKey: spare } = await mintOperatorKey(org.id);
      expect((await revoke(spare, own.id)).status).toBe(200);
      expect((await list(org.key)).status).toBe(401);
      expect((await list(spare)).status).toBe(200);
    });

    it('answers 404 for a credential the organisation does not have (another organisation’s included)', async () => {
      const [foreign] = await box.repository.mintCredentials(other.id, 'auditor', ['Elsewhere']);
      for (const id of ['cred-NOPE', foreign!.id]) {
        const res = await revoke(org.key, id);
        expect(res.status, id).toBe(404);
        expect(((await res.json()) as Json).message).toContain(id);
      }
      expect((await box.repository.bearerCredential(foreign!.secret))?.role).toBe('auditor');
    });

    /** A second operator key of the organisation, written as `createOrganization` writes one. */
    async function mintOperatorKey(organization: string): Promise<{ operatorKey: string }> {
      const { hashSecret, newOperatorKey, newPublicId } = await import('../../security/secrets.js');
      const operatorKey = newOperatorKey();
      await store.db
        .insertInto('credentials')
        .values({
          id: newPublicId('cred-'),
          organization_id: organization,
          role: 'operator',
          secret_hash: hashSecret(operatorKey),
          label: 'spare',
          used_at: null,
          created_at: new Date().toISOString(),
          revoked_at: null,
        })
        .execute();
      return { operatorKey };
    }
  },
);
