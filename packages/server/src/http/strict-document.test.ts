import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { VettingSchema } from '@qingyuan/core';
import { pilotVettings } from '@qingyuan/core/examples';
import type { BallotBoxEnv } from './app-env.js';
import { localeOf } from './error-responses.js';
import { validateStrict } from './strict-document.js';

const app = new Hono<BallotBoxEnv>();
app.use('*', async (c, next) => {
  c.set('locale', localeOf(c));
  await next();
});
app.post('/', async (c) =>
  c.json(validateStrict(c, VettingSchema, await c.req.json(), ['vetting'])),
);
app.onError((error) => (error as { getResponse(): Response }).getResponse());

const post = (body: unknown, lang = 'en') =>
  app.request('/', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify(body),
  });

describe('validateStrict', () => {
  it('passes a document core accepts, as core parsed it', async () => {
    const res = await post(pilotVettings[0]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(pilotVettings[0]);
  });

  it('names every field core does not know, at its path, in the language asked', async () => {
    const res = await post(
      { ...pilotVettings[0], outcom: 'accepted', reasons: [], extra: 1 },
      'zh-CN',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: { path: unknown[]; message: string }[] };
    expect(body.problems.map((p) => p.path)).toEqual([
      ['vetting', 'outcom'],
      ['vetting', 'extra'],
    ]);
    expect(body.problems[0]!.message).toBe('未知字段“outcom”');
  });

  it('reports what core refuses before unknown fields', async () => {
    const res = await post({ ...pilotVettings[0], outcome: 'maybe', extra: 1 });
    const body = (await res.json()) as { problems: { path: unknown[] }[] };
    expect(body.problems.map((p) => p.path)).toEqual([['vetting', 'outcome']]);
  });
});
