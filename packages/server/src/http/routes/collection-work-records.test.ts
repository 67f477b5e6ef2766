import { jinhualiSurvey } from '@qingyuan/core/examples';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A work record card of Jinhuali's execution team, as `<qy-work-record>` sends it. */
const card = (id: string, content: unknown = '执行小组例会：排定爱心超市值班表') => ({
  id,
  stage: 'execution',
  date: '2008-05-05',
  project: 'jinhuali-home',
  community: 'jinhuali',
  participants: ['p-li', 'p-zhao'],
  attendance: 2,
  content,
  decisions: { 'zh-CN': '每周六上午营业', en: 'Open on Saturday mornings' },
  recordedBy: 'p-zhao',
});

describeEachBackend('a collection of work record cards', (backend) => {
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

  it('holds core’s WorkRecord without being told, and gives the cards back as sent', async () => {
    const created = await json(create({ kind: 'work-records' }));
    expect(created).toMatchObject({ kind: 'work-records', schemaName: 'WorkRecord', items: 0 });
    const items = `/collections/${created.id as string}/items`;
    const first = await box.request('POST', items, { document: card('wr-1') });
    expect(first.status).toBe(201);
    const second = await box.request('POST', items, { document: card('wr-2', { en: 'Rota' }) });
    expect(second.status).toBe(201);
    const listed = await json(
      box.request('GET', items, undefined, {
        authorization: `Bearer ${created.organizerToken as string}`,
      }),
    );
    expect(listed.collection).toMatchObject({ kind: 'work-records', items: 2 });
    expect(listed.items.map((item: Json) => item.document)).toEqual([
      card('wr-1'),
      card('wr-2', { en: 'Rota' }),
    ]);
  });

  it('refuses a card core refuses, naming the field in the asked language, and stores nothing', async () => {
    const created = await json(create({ kind: 'work-records' }));
    const items = `/collections/${created.id as string}/items`;
    const { content: _content, ...withoutContent } = card('wr-1');
    const refused = await box.request(
      'POST',
      items,
      { document: { ...withoutContent, date: '2008-13-40' } },
      { 'accept-language': 'zh-CN' },
    );
    expect(refused.status).toBe(400);
    const problems = ((await refused.json()) as Json).problems as Json[];
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/document/content', '/document/date']);
    expect(problems.every((p) => /[\u4e00-\u9fff]/.test(p.message as string))).toBe(true);
    // An application is not a work record card either.
    const misplaced = await box.request('POST', items, { document: { title: 'New home' } });
    expect(misplaced.status).toBe(400);
    const listed = await json(
      box.request('GET', items, undefined, {
        authorization: `Bearer ${created.organizerToken as string}`,
      }),
    );
    expect(listed.items).toEqual([]);
  });

  it('stores a retried card once, and refuses the same key with another card', async () => {
    const created = await json(create({ kind: 'work-records' }));
    const items = `/collections/${created.id as string}/items`;
    const key = { 'idempotency-key': 'card-wr-1' };
    expect((await box.request('POST', items, { document: card('wr-1') }, key)).status).toBe(201);
    const replay = await box.request('POST', items, { document: card('wr-1') }, key);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const other = await box.request('POST', items, { document: card('wr-9') }, key);
    expect(other.status).toBe(422);
    const listed = await json(
      box.request('GET', items, undefined, {
        authorization: `Bearer ${created.organizerToken as string}`,
      }),
    );
    expect(listed.items.map((item: Json) => item.document.id)).toEqual(['wr-1']);
  });

  it('refuses another schema or a survey for a work-records collection, in the asked language', async () => {
    const application = await create(
      { kind: 'work-records', schema: 'Application' },
      { 'accept-language': 'zh-CN' },
    );
    expect(application.status).toBe(400);
    expect(((await application.json()) as Json).problems).toEqual([
      expect.objectContaining({ pointer: '/schema', message: expect.stringMatching(/工作记录卡/) }),
    ]);
    const english = await create({ kind: 'work-records', schema: 'Money' });
    expect(((await english.json()) as Json).problems).toEqual([
      expect.objectContaining({ pointer: '/schema', message: expect.stringMatching(/not Money/) }),
    ]);
    const surveyed = await create({ kind: 'work-records', survey: jinhualiSurvey });
    expect(surveyed.status).toBe(400);
    expect(((await surveyed.json()) as Json).problems[0].pointer).toBe('/survey');
    const named = await json(create({ kind: 'work-records', schema: 'WorkRecord' }));
    expect(named.schemaName).toBe('WorkRecord');
    const unknownKind = await create({ kind: 'work-record' });
    expect(unknownKind.status).toBe(400);
    expect(((await unknownKind.json()) as Json).problems[0].pointer).toBe('/kind');
  });
});
