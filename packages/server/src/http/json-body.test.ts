import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './json-body.js';

/** A route that answers the body it read, as a route of the ballot box would use it. */
function echo(): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const raw = parseJsonBody(c, await c.req.text());
    if (raw instanceof Response) return raw;
    return c.json({ stored: JSON.stringify(raw) });
  });
  return app;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const post = async (body: string, language = 'en') => {
  const res = await echo().request('/', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body,
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe('parseJsonBody', () => {
  it('answers 400 with the path for a body nested ~4,150 deep inside an 8 KB item, never 500', async () => {
    const depth = 4150;
    const body = `{"document":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    expect(body.length).toBeLessThan(9000);
    const { status, body: answer } = await post(body, 'zh-CN');
    expect(status).toBe(400);
    expect(answer.error).toBe('invalid-json');
    expect(answer.message).toBe('请求内容嵌套过深');
    expect(answer.problems).toEqual([
      {
        path: ['document', 'x', ...Array.from({ length: 62 }, () => 0)],
        pointer: `/document/x${'/0'.repeat(62)}`,
        message: '此处数组和对象的嵌套超过 64 层',
        code: 'too-deep',
      },
    ]);
  });

  it('refuses numbers JSON cannot hold, each at its path, instead of storing another value', async () => {
    const { status, body } = await post('{"document":{"a":1e309,"b":9007199254740993,"c":-0}}');
    expect(status).toBe(400);
    expect(body.message).toBe('The request body holds numbers that cannot be stored exactly');
    expect(body.problems.map((p: Json) => [p.pointer, p.code])).toEqual([
      ['/document/a', 'inexact-number'],
      ['/document/b', 'inexact-number'],
      ['/document/c', 'inexact-number'],
    ]);
  });

  it('passes a normal body unchanged, and still says when a body is not JSON', async () => {
    const text = '{"document":{"name":"居民","score":7,"ratio":0.25,"tags":["a"],"ok":true}}';
    expect(await post(text)).toEqual({ status: 200, body: { stored: text } });
    const bad = await post('{"document":');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid-json', problems: [{ code: 'invalid-json' }] });
  });
});
