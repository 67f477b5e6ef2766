import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { openSpaceSession } from '../../../test/support/open-space-fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachBackend('the list of an organisation’s Open Space sessions', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  let path: string;
  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store, { pdfFont: false });
    path = `/organizations/${(await box.testOrganization()).organization}/sessions`;
    for (const id of ['os-2007-b', 'os-2007-a', 'os-2007-c']) {
      const created = await box.request(
        'POST',
        path,
        { session: openSpaceSession(id), corsOrigins: ['https://ngo.example'] },
        await box.asOperator(),
      );
      expect(created.status).toBe(201);
    }
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('pages through the sessions by id, with their public fields for anyone', async () => {
    const first = (await (await box.request('GET', `${path}?limit=2`)).json()) as Json;
    expect(first.items.map((s: Json) => s.id)).toEqual(['os-2007-a', 'os-2007-b']);
    expect(first.next).toBe('os-2007-b');
    expect(first.items[0]).toMatchObject({
      id: 'os-2007-a',
      participants: 2,
      ideas: 1,
      dotsCast: 0,
      facilitator: { name: '宋老师' },
      communities: ['jinhuali', 'binhe'],
    });
    // No names, codes, origins or times for an anonymous reader.
    const text = JSON.stringify(first);
    expect(text).not.toContain('李娜');
    expect(first.items[0].corsOrigins).toBeUndefined();
    const rest = (await (await box.request('GET', `${path}?after=${first.next}`)).json()) as Json;
    expect(rest.items.map((s: Json) => s.id)).toEqual(['os-2007-c']);
    expect(rest.next).toBeNull();
  });

  it('shows the organisation’s runners the origins and times, and refuses other credentials', async () => {
    const asRunner = (await (
      await box.request('GET', path, undefined, await box.asOperator())
    ).json()) as Json;
    expect(asRunner.items[0]).toMatchObject({ corsOrigins: ['https://ngo.example'] });
    expect(typeof asRunner.items[0].createdAt).toBe('string');
    const { organization } = await box.testOrganization();
    const [auditor] = await box.repository.mintCredentials(organization, 'auditor', ['x']);
    const refused = await box.request('GET', path, undefined, {
      authorization: `Bearer ${auditor!.secret}`,
      'accept-language': 'zh-CN',
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Json).message).toContain('角色凭证不能执行此操作');
    const bad = await box.request('GET', path, undefined, { authorization: 'Bearer nope' });
    expect(bad.status).toBe(401);
    const nowhere = await box.request('GET', '/organizations/nope/sessions');
    expect(nowhere.status).toBe(404);
  });
});
