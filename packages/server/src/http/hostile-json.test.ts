// Hostile JSON bodies over HTTP: nesting past the depth limit and numbers JSON cannot hold exactly
// are refused with 400 and their paths on every route that reads a body, never 500.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachBackend('hostile JSON bodies over HTTP', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  let collection: string;
  let token: string;
  const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
    const created = await json(
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses' },
        await box.asOperator(),
      ),
    );
    collection = created.id as string;
    token = created.organizerToken as string;
  });
  afterEach(async () => {
    await store.dispose();
  });

  const items = async () =>
    (
      await json(
        await box.request('GET', `/collections/${collection}/items`, undefined, {
          authorization: `Bearer ${token}`,
        }),
      )
    ).items as Json[];

  it('answers 400 with the path, not 500, for an item nested ~4,150 deep', async () => {
    const depth = 4150;
    const body = `{"document":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const res = await box.request('POST', `/collections/${collection}/items`, body);
    expect(res.status).toBe(400);
    const answer = await json(res);
    expect(answer.problems[0]).toMatchObject({
      code: 'too-deep',
      pointer: `/document/x${'/0'.repeat(62)}`,
    });
    expect(await items()).toEqual([]);
  });

  it('refuses numbers JSON cannot hold instead of storing another value', async () => {
    for (const [number, pointer] of [
      ['1e309', '/document/n'],
      ['9007199254740993', '/document/n'],
      ['-0', '/document/n'],
    ] as const) {
      const res = await box.request(
        'POST',
        `/collections/${collection}/items`,
        `{"document":{"n":${number}}}`,
        { 'accept-language': 'zh-CN' },
      );
      expect(res.status, number).toBe(400);
      const answer = await json(res);
      expect(answer.problems).toEqual([
        expect.objectContaining({ code: 'inexact-number', pointer }),
      ]);
      expect(answer.problems[0].message).toContain(number);
    }
    expect(await items()).toEqual([]);
  });

  it('stores an ordinary item as sent', async () => {
    const document = { name: '居民', score: 7, ratio: 0.25, big: 9007199254740991, tags: ['a'] };
    const res = await box.request('POST', `/collections/${collection}/items`, { document });
    expect(res.status).toBe(201);
    expect((await items()).map((item) => item.document)).toEqual([document]);
  });
});
