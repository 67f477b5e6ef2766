import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { approvalMarks } from '../../../test/support/fixtures.js';

type Json = Record<string, unknown>;

describeEachBackend('POST /meetings/:id/codes/check', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  const json = async (res: Response): Promise<Json> => (await res.json()) as Json;
  const check = (meeting: string, code: string, target = box, headers = {}) =>
    target.request('POST', `/meetings/${meeting}/codes/check`, { code }, headers);

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('answers valid, already-used or not-valid for the code sent, typed loosely or not', async () => {
    const { codes } = await box.openMeeting('m1', 2);
    const first = codes[0]!;
    const second = codes[1]!;
    expect(await json(await check('m1', first.code))).toEqual({ result: 'valid' });
    // Typed on a phone: lower case, no dashes, as the ballot route accepts it.
    const typed = first.code.toLowerCase().replace(/-/g, ' ');
    expect(await json(await check('m1', typed))).toEqual({ result: 'valid' });
    const cast = await box.request('POST', '/meetings/m1/ballots', {
      code: first.code,
      marks: approvalMarks(),
    });
    expect(cast.status).toBe(201);
    expect(await json(await check('m1', first.code))).toEqual({ result: 'already-used' });
    // The other code is untouched by the first one's ballot.
    expect(await json(await check('m1', second.code))).toEqual({ result: 'valid' });
    expect(await json(await check('m1', 'AAAA-BBBB-CCCC-DDDD'))).toEqual({ result: 'not-valid' });
  });

  it('says nothing about other codes or meetings: only the one result field', async () => {
    const { codes } = await box.openMeeting('m1', 3);
    await box.openMeeting('m2', 1);
    const res = await check('m2', codes[0]!.code);
    expect(res.status).toBe(200);
    // A code of another meeting is not valid here, and the answer holds nothing else.
    expect(await json(res)).toEqual({ result: 'not-valid' });
    const valid = await check('m1', codes[0]!.code);
    expect(Object.keys(await json(valid))).toEqual(['result']);
  });

  it('refuses a malformed body with 400, an unknown meeting with 404, in the client’s language', async () => {
    const bad = await box.request('POST', '/meetings/m1/codes/check', { code: '' });
    expect(bad.status).toBe(400);
    await box.openMeeting('m1', 1);
    const extra = await box.request('POST', '/meetings/m1/codes/check', { code: 'A', x: 1 });
    expect(extra.status).toBe(400);
    const missing = await check('nope', 'AAAA', box, { 'accept-language': 'zh-CN' });
    expect(missing.status).toBe(404);
    expect(String((await json(missing)).message)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('spends the code’s rate-limit tokens like a ballot: past them, 429 with Retry-After', async () => {
    const { codes } = await box.openMeeting('m1', 2);
    const limited = new TestBox(store, { perCode: { burst: 2, perSecond: 0.001 } });
    const code = codes[0]!.code;
    expect((await check('m1', code, limited)).status).toBe(200);
    expect((await check('m1', code, limited)).status).toBe(200);
    const third = await check('m1', code, limited);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    // A ballot with the same code shares the same bucket.
    const ballot = await limited.request('POST', '/meetings/m1/ballots', {
      code,
      marks: approvalMarks(),
    });
    expect(ballot.status).toBe(429);
    // Another code keeps its own tokens.
    expect((await check('m1', codes[1]!.code, limited)).status).toBe(200);
    // The per-address limit counts checks too.
    const perAddress = new TestBox(store, { perAddress: { burst: 1, perSecond: 0.001 } });
    expect((await check('m1', 'GUESS-0001', perAddress)).status).toBe(200);
    expect((await check('m1', 'GUESS-0002', perAddress)).status).toBe(429);
  });

  it('refuses a page origin the meeting does not list, like every meeting route', async () => {
    const { codes } = await box.openMeeting('m1', 1, { corsOrigins: ['https://ngo.example'] });
    const allowed = await check('m1', codes[0]!.code, box, { origin: 'https://ngo.example' });
    expect(allowed.status).toBe(200);
    const foreign = await check('m1', codes[0]!.code, box, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });
});
