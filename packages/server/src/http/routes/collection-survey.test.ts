import { jinhualiSurvey } from '@qingyuan/core/examples';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A response to Jinhuali's survey, as `<qy-needs-survey>` sends it. */
const response = (id: string, survey = jinhualiSurvey.id) => ({
  id,
  survey,
  attributes: { residency: 'migrant' },
  answers: { 'q-needs': ['goods'] },
  submittedAt: '2026-12-05T10:00:00.000Z',
});

describeEachBackend('a collection’s needs survey, read from the box', (backend) => {
  let store: TestDatabase;
  let box: TestBox;

  const json = async (res: Response | Promise<Response>) => (await (await res).json()) as Json;
  const create = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    box.request('POST', '/collections', body, await box.asOperator(headers));

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('serves the survey a collection was created with to anyone, on any origin', async () => {
    const created = await json(create({ kind: 'survey-responses', survey: jinhualiSurvey }));
    expect(created).toMatchObject({
      survey: 'jinhuali-2007',
      schemaName: 'SurveyResponse',
      reportPublic: false,
    });
    const res = await box.request('GET', `/collections/${created.id as string}/survey`, undefined, {
      origin: 'https://ngo.example',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(jinhualiSurvey)));
    // A preflight from such a page is answered too.
    const preflight = await box.request(
      'OPTIONS',
      `/collections/${created.id as string}/survey`,
      undefined,
      { origin: 'https://ngo.example', 'access-control-request-method': 'GET' },
    );
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
  });

  it('answers 404 no-survey for a collection without one, 404 not-found for no collection', async () => {
    const plain = await json(create({ kind: 'survey-responses' }));
    expect(plain.survey).toBeNull();
    const none = await box.request('GET', `/collections/${plain.id as string}/survey`, undefined, {
      'accept-language': 'zh-CN',
    });
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({
      error: 'no-survey',
      message: '这个收集表创建时没有附带问卷',
    });
    const missing = await box.request('GET', '/collections/col-NOPE/survey');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).error).toBe('not-found');
  });

  it('refuses a malformed survey with its path, and a survey on an applications collection', async () => {
    const bad = await create({
      kind: 'survey-responses',
      survey: { ...jinhualiSurvey, questions: 'none' },
    });
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as Json).problems as Json[];
    expect(problems.map((p) => p.pointer)).toContain('/survey/questions');
    const misplaced = await create(
      { kind: 'applications', survey: jinhualiSurvey },
      { 'accept-language': 'zh-CN' },
    );
    expect(misplaced.status).toBe(400);
    expect(((await misplaced.json()) as Json).problems).toEqual([
      expect.objectContaining({ pointer: '/survey', message: expect.stringMatching(/问卷/) }),
    ]);
    // Nothing was created by the refused requests.
    const { organization } = await box.testOrganization();
    const listed = await json(
      box.request(
        'GET',
        `/organizations/${organization}/collections`,
        undefined,
        await box.asOperator(),
      ),
    );
    expect(listed.items).toEqual([]);
  });

  it('stores only responses to its own survey', async () => {
    const created = await json(create({ kind: 'survey-responses', survey: jinhualiSurvey }));
    const items = `/collections/${created.id as string}/items`;
    expect((await box.request('POST', items, { document: response('r-1') })).status).toBe(201);
    const other = await box.request('POST', items, { document: response('r-2', 'elsewhere') });
    expect(other.status).toBe(400);
    expect(((await other.json()) as Json).problems[0].pointer).toBe('/document/survey');
    // Not a survey response at all: core's schema says what is missing.
    const loose = await box.request('POST', items, { document: { survey: jinhualiSurvey.id } });
    expect(loose.status).toBe(400);
  });
});
