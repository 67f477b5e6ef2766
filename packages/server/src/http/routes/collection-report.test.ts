import { jinhualiSurvey } from '@qingyuan/core/examples';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Response `i` to Jinhuali's survey, each with a free text naming its writer. */
const response = (i: number) => ({
  id: `resp-${i}`,
  survey: jinhualiSurvey.id,
  attributes: { residency: i % 2 === 0 ? 'migrant' : 'long-term' },
  answers: {
    'q-needs': i % 3 === 0 ? ['childcare'] : ['goods', 'mending'],
    'q-satisfaction': 1 + (i % 5),
    'q-idea': `Written by resident ${i} of building ${i}`,
    ...(i % 3 === 0 ? { 'q-kids': 1 } : {}),
  },
  submittedAt: '2026-12-05T10:00:00.000Z',
});

describeEachBackend('a collection’s needs report, aggregated', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  let org: { id: string; key: string };

  const json = async (res: Response | Promise<Response>) => (await (await res).json()) as Json;

  /** A collection with Jinhuali's survey and `count` responses. */
  async function collectionWith(count: number, extra: Record<string, unknown> = {}) {
    const created = await json(
      box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses', survey: jinhualiSurvey, ...extra },
        bearer(org.key),
      ),
    );
    for (let i = 0; i < count; i++) {
      const res = await box.request('POST', `/collections/${created.id as string}/items`, {
        document: response(i),
      });
      expect(res.status).toBe(201);
    }
    return { id: created.id as string, token: created.organizerToken as string };
  }
  const report = (id: string, headers: Record<string, string> = {}, query = '') =>
    box.request('GET', `/collections/${id}/report${query}`, undefined, headers);

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
    const created = await box.repository.createOrganization('Qingyuan NGO');
    org = { id: created.organization.id, key: created.operatorKey };
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('serves counts and shares of the stored responses, never a response, id or free text', async () => {
    const collection = await collectionWith(12);
    const res = await report(collection.id, bearer(collection.token));
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    const answer = (await res.json()) as Json;
    expect(answer).toMatchObject({
      collection: collection.id,
      survey: 'jinhuali-2007',
      minimumCell: 5,
      suppressed: false,
      responses: { received: 12, counted: 10, waiting: 2, complete: 10 },
    });
    const needs = (answer.questions as Json[]).find((q) => q.question === 'q-needs')!;
    // Of the first 10, i % 3 === 0 (0, 3, 6, 9) chose child care.
    expect(needs.options.find((o: Json) => o.option === 'childcare')).toMatchObject({
      count: 4,
      share: 0.4,
    });
    // q-kids was answered by 4 of them: fewer than 5, so only the count is shown.
    expect((answer.questions as Json[]).find((q) => q.question === 'q-kids')).toEqual({
      question: 'q-kids',
      type: 'number',
      answered: 4,
      suppressed: true,
    });
    expect(text).not.toMatch(/Written by|resp-\d|"problems"|"texts"/);
  });

  it('cross-tabulates by a respondent attribute, and refuses a by the survey cannot break down by', async () => {
    const collection = await collectionWith(10);
    const answer = await json(report(collection.id, bearer(org.key), '?by=attribute:residency'));
    expect(answer.crossTab.by).toEqual({ attribute: 'residency' });
    expect(
      (answer.crossTab.groups as Json[]).map((g) => [g.value, g.suppressed, g.respondents]),
    ).toEqual([
      ['migrant', false, 5],
      ['long-term', false, 5],
    ]);
    const unknown = await report(
      collection.id,
      { ...bearer(org.key), 'accept-language': 'zh-CN' },
      '?by=question:q-idea',
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Json).problems[0]).toMatchObject({ path: ['by'] });
  });

  it('shows only counts until five responses are stored', async () => {
    const collection = await collectionWith(4);
    expect(await json(report(collection.id, bearer(org.key)))).toMatchObject({
      suppressed: true,
      questions: [],
      topNeeds: [],
      responses: { received: 4, counted: 0, waiting: 4 },
    });
  });

  it('lets the organisation’s roles read it, not others, and anyone when reportPublic', async () => {
    const collection = await collectionWith(5);
    const [auditor, applicant, member] = await Promise.all([
      box.repository.mintCredentials(org.id, 'auditor', ['Li Na']),
      box.repository.mintCredentials(org.id, 'applicant', ['Residents']),
      box.repository.mintCredentials(org.id, 'team-member', ['Wang Fang']),
    ]);
    for (const token of [org.key, collection.token, auditor[0]!.secret, applicant[0]!.secret]) {
      expect((await report(collection.id, bearer(token))).status).toBe(200);
    }
    expect((await report(collection.id)).status).toBe(401);
    expect((await report(collection.id, bearer(member[0]!.secret))).status).toBe(403);
    const elsewhere = await box.repository.createOrganization('Elsewhere');
    expect((await report(collection.id, bearer(elsewhere.operatorKey))).status).toBe(403);
    // A revoked credential: 401, and it says so.
    await box.repository.revokeCredential(org.id, auditor[0]!.id);
    const revoked = await report(collection.id, bearer(auditor[0]!.secret));
    expect(revoked.status).toBe(401);
    expect(((await revoked.json()) as Json).error).toBe('credential-revoked');

    const open = await collectionWith(5, { reportPublic: true });
    const anyone = await report(open.id, { origin: 'https://residents.example' });
    expect(anyone.status).toBe(200);
    expect(anyone.headers.get('access-control-allow-origin')).toBe('https://residents.example');
  });

  it('answers 404 no-survey for a collection created without a survey', async () => {
    const plain = await json(
      box.request('POST', '/collections', { kind: 'survey-responses' }, bearer(org.key)),
    );
    const res = await report(plain.id as string, bearer(org.key));
    expect(res.status).toBe(404);
    expect(((await res.json()) as Json).error).toBe('no-survey');
  });
});
