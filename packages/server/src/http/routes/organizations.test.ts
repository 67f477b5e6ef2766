import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { pilotMeetingInput } from '../../../test/support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describeEachBackend('organisations, operators and role credentials over HTTP', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  /** Two organisations, each with its operator key. */
  let a: { id: string; key: string };
  let b: { id: string; key: string };

  const json = async (res: Response | Promise<Response>) => (await (await res).json()) as Json;
  const mint = async (org: { id: string; key: string }, body: Record<string, unknown>) =>
    json(box.request('POST', `/organizations/${org.id}/credentials`, body, bearer(org.key)));
  const createMeeting = (id: string, token: string) =>
    box.request('POST', '/meetings', { meeting: pilotMeetingInput(id) }, bearer(token));

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
    const first = await box.repository.createOrganization('Qingyuan NGO');
    const second = await box.repository.createOrganization('Elsewhere NGO');
    a = { id: first.organization.id, key: first.operatorKey };
    b = { id: second.organization.id, key: second.operatorKey };
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('refuses to create a meeting or a collection without an operator key: 401, in the client’s language', async () => {
    for (const [path, body] of [
      ['/meetings', { meeting: pilotMeetingInput('anon') }],
      ['/collections', { kind: 'applications' }],
    ] as const) {
      const en = await box.request('POST', path, body);
      expect(en.status, path).toBe(401);
      const answer = await json(en);
      expect(answer.error).toBe('unauthorized');
      expect(answer.message).toMatch(/operator key/);
      const zh = await json(box.request('POST', path, body, { 'accept-language': 'zh-CN' }));
      expect(zh.message).toMatch(/运营密钥/);
      // An unknown key is no key.
      expect((await box.request('POST', path, body, bearer('qyk_not-a-key'))).status).toBe(401);
    }
    expect((await box.request('GET', '/meetings/anon')).status).toBe(404);
  });

  it('creates meetings and collections for the operator’s organisation; a role token cannot', async () => {
    const created = await createMeeting('m-a', a.key);
    expect(created.status).toBe(201);
    expect((await json(created)).organization).toBe(a.id);
    expect((await json(box.request('GET', '/meetings/m-a'))).organization).toBe(a.id);
    const collection = await json(
      box.request('POST', '/collections', { kind: 'applications' }, bearer(b.key)),
    );
    expect(collection.organization).toBe(b.id);

    const { credentials } = await mint(a, { role: 'organizer', count: 1 });
    const refused = await createMeeting('m-by-organizer', credentials[0].secret as string);
    expect(refused.status).toBe(403);
    expect((await json(refused)).message).toMatch(/operator key/);
  });

  it('mints each role’s credentials once, stored as hashes, answered with no-store', async () => {
    const roles = ['organizer', 'service-center', 'supervisor', 'auditor', 'applicant'];
    for (const role of roles) {
      const res = await box.request(
        'POST',
        `/organizations/${a.id}/credentials`,
        { role, labels: ['Li Na', 'Zhang Wei'] },
        bearer(a.key),
      );
      expect(res.status, role).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const { credentials } = await json(res);
      expect(credentials.map((c: Json) => [c.role, c.label, c.organization])).toEqual([
        [role, 'Li Na', a.id],
        [role, 'Zhang Wei', a.id],
      ]);
      for (const credential of credentials) {
        expect(credential.secret).toMatch(/^qyr_/);
        const who = await json(
          box.request('GET', `/organizations/${a.id}`, undefined, bearer(credential.secret)),
        );
        expect(who).toMatchObject({
          id: a.id,
          name: 'Qingyuan NGO',
          you: { role, label: credential.label },
        });
      }
    }
    const members = await mint(a, { role: 'team-member', count: 3 });
    expect(members.credentials).toHaveLength(3);
    for (const member of members.credentials) {
      expect(member.secret).toMatch(/^[0-9A-Z]{4}-/);
      // A signing code opens nothing as a bearer token.
      expect(
        (await box.request('GET', `/organizations/${a.id}`, undefined, bearer(member.secret)))
          .status,
      ).toBe(401);
    }
  });

  it('prints team members’ signing codes as a QR sheet, and refuses sheets for other roles', async () => {
    const res = await box.request(
      'POST',
      `/organizations/${a.id}/credentials`,
      {
        role: 'team-member',
        labels: ['Wang Fang', 'Chen Jie'],
        format: 'svg',
        signUrl: 'https://ngo.example/sign?o={organization}&c={code}',
      },
      bearer(a.key),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const svg = await res.text();
    expect(svg).toContain('Qingyuan NGO: team members');
    expect(svg.match(/class="code"/g)).toHaveLength(2);
    const codes = [...svg.matchAll(/aria-label="([0-9A-Z-]+)"/g)].map((m) => m[1]!);
    expect(codes).toHaveLength(2);
    // Each printed code is a working one-time signing code of this organisation.
    expect(await box.repository.useSigningCode(a.id, codes[0]!)).toMatchObject({ ok: true });
    expect(await box.repository.useSigningCode(b.id, codes[1]!)).toMatchObject({ ok: false });

    const bad = await box.request(
      'POST',
      `/organizations/${a.id}/credentials`,
      { role: 'auditor', count: 1, format: 'pdf' },
      bearer(a.key),
    );
    expect(bad.status).toBe(400);
    expect((await json(bad)).problems[0].pointer).toBe('/format');
    const neither = await box.request(
      'POST',
      `/organizations/${a.id}/credentials`,
      { role: 'auditor' },
      bearer(a.key),
    );
    expect((await json(neither)).problems[0].pointer).toBe('/labels');
  });

  it('gives a credential of one organisation nothing in another', async () => {
    expect((await createMeeting('m-a', a.key)).status).toBe(201);
    expect((await createMeeting('m-b', b.key)).status).toBe(201);
    const organizerA = (await mint(a, { role: 'organizer', count: 1 })).credentials[0]
      .secret as string;
    const auditorA = (await mint(a, { role: 'auditor', count: 1 })).credentials[0].secret as string;

    // B's operator cannot read, list or mint in A.
    for (const [method, path, body] of [
      ['GET', `/organizations/${a.id}`, undefined],
      ['GET', `/organizations/${a.id}/meetings`, undefined],
      ['GET', `/organizations/${a.id}/collections`, undefined],
      ['POST', `/organizations/${a.id}/credentials`, { role: 'auditor', count: 1 }],
    ] as const) {
      const res = await box.request(method, path, body, bearer(b.key));
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await json(res)).message).toMatch(/no access to this organisation/);
    }
    // A's coordination group runs A's meetings, and none of B's.
    const lock = (id: string, token: string) =>
      box.request('POST', `/meetings/${id}/lock-weights`, undefined, bearer(token));
    expect((await lock('m-a', organizerA)).status).toBe(200);
    expect((await lock('m-b', organizerA)).status).toBe(403);
    expect(
      (await box.request('PATCH', '/meetings/m-b', { liveResults: true }, bearer(a.key))).status,
    ).toBe(403);
    // B's operator runs B's meeting as its organizer would.
    expect((await lock('m-b', b.key)).status).toBe(200);
    // A role without the right gets 403 in its own organisation: an auditor does not mint.
    const minted = await box.request(
      'POST',
      `/organizations/${a.id}/credentials`,
      { role: 'auditor', count: 1 },
      bearer(auditorA),
    );
    expect(minted.status).toBe(403);
    // …nor run a meeting: only the operator and the coordination group do.
    expect((await lock('m-a', auditorA)).status).toBe(403);
  });

  it('pages through an organisation’s meetings and collections, and only its own', async () => {
    for (const id of ['m-3', 'm-1', 'm-2'])
      expect((await createMeeting(id, a.key)).status).toBe(201);
    expect((await createMeeting('m-0-b', b.key)).status).toBe(201);
    const list = (path: string, token = a.key) =>
      json(box.request('GET', path, undefined, bearer(token)));
    const first = await list(`/organizations/${a.id}/meetings?limit=2`);
    expect(first.items.map((m: Json) => m.id)).toEqual(['m-1', 'm-2']);
    expect(first.items[0]).toMatchObject({
      status: 'draft',
      title: pilotMeetingInput('m-1').title,
    });
    expect(first.next).toBe('m-2');
    const rest = await list(
      `/organizations/${a.id}/meetings?limit=2&after=${first.next as string}`,
    );
    expect(rest).toEqual({ items: [expect.objectContaining({ id: 'm-3' })], next: null });

    for (let i = 0; i < 3; i++) {
      await box.request('POST', '/collections', { kind: 'survey-responses' }, bearer(a.key));
    }
    const applicant = (await mint(a, { role: 'applicant', count: 1 })).credentials[0]
      .secret as string;
    const supervisor = (await mint(a, { role: 'supervisor', count: 1 })).credentials[0]
      .secret as string;
    const page = await list(`/organizations/${a.id}/collections?limit=2`, supervisor);
    expect(page.items).toHaveLength(2);
    const last = await list(
      `/organizations/${a.id}/collections?after=${page.next as string}`,
      supervisor,
    );
    expect(last.items).toHaveLength(1);
    expect(last.next).toBeNull();
    expect(new Set([...page.items, ...last.items].map((c: Json) => c.organization))).toEqual(
      new Set([a.id]),
    );
    expect((await list(`/organizations/${b.id}/collections`, b.key)).items).toEqual([]);
    // Applicants see their organisation's meetings, not its collections.
    expect((await list(`/organizations/${a.id}/meetings`, applicant)).items).toHaveLength(3);
    expect(
      (await box.request('GET', `/organizations/${a.id}/collections`, undefined, bearer(applicant)))
        .status,
    ).toBe(403);
  });
});
