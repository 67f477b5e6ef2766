import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';

describe('ballot box app', () => {
  const app = createApp();

  it('answers the health check', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the published JSON Schemas', async () => {
    const res = await app.request('/schemas/ReviewMeeting.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: 'object' });
  });

  it('answers an unknown schema with a JSON 404, not an HTML page', async () => {
    const res = await app.request('/schemas/Nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not-found', message: 'No schema named "Nope"' });
  });
});
