import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { approvalMarks, pilotMeetingInput } from '../../test/support/fixtures.js';
import { ReviewMeetingSchema, meetingLifecycle, replay, tally } from '@qingyuan/core';
import { BallotBoxRepository } from '../storage/repository.js';
import { verifyMeetingExport } from '../verify/verify-export.js';
import { startServer } from '../start-server.js';
import { TrustProxyError } from './client-address.js';

/**
 * A repository that runs `beforeChange` (once) when a meeting change is about to take the
 * meeting's lock: the moment another request can slip in between what a handler read and the
 * locked change it makes.
 */
class GatedRepository extends BallotBoxRepository {
  beforeChange: (() => Promise<void>) | undefined;

  override async changeMeeting(
    ...args: Parameters<BallotBoxRepository['changeMeeting']>
  ): ReturnType<BallotBoxRepository['changeMeeting']> {
    const gate = this.beforeChange;
    this.beforeChange = undefined;
    await gate?.();
    return super.changeMeeting(...args);
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachBackend('ballot box HTTP API', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('answers the health check and serves the JSON Schemas', async () => {
    expect(await json(await box.request('GET', '/healthz'))).toEqual({ ok: true });
    const schema = await box.request('GET', '/schemas/ReviewMeeting.json');
    expect(await json(schema)).toMatchObject({ type: 'object' });
    const missing = await box.request('GET', '/schemas/Nope');
    expect(missing.status).toBe(404);
  });

  it('answers an unknown schema name with 404 in the client’s language', async () => {
    const english = await box.request('GET', '/schemas/Nope.json');
    expect(english.status).toBe(404);
    expect(await json(english)).toEqual({
      error: 'not-found',
      message: 'No schema named "Nope" (GET /schemas lists them)',
    });
    const chinese = await box.request('GET', '/schemas/Nope', undefined, {
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
    });
    expect(chinese.status).toBe(404);
    expect(await json(chinese)).toEqual({
      error: 'not-found',
      message: '没有名为“Nope”的文档结构（GET /schemas 列出全部）',
    });
  });

  it('creates a meeting, shows the organizer token once, and refuses a duplicate id', async () => {
    const res = await box.request(
      'POST',
      '/meetings',
      { meeting: pilotMeetingInput('m1') },
      await box.asOperator(),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await json(res);
    expect(body.organizerToken).toMatch(/^qyo_/);
    expect(body.status).toBe('draft');
    const shown = await json(await box.request('GET', '/meetings/m1'));
    expect(JSON.stringify(shown)).not.toContain(body.organizerToken);
    expect(shown.turnout).toEqual({ codes: 0, voted: 0, submissions: 0 });
    const again = await box.request(
      'POST',
      '/meetings',
      { meeting: pilotMeetingInput('m1') },
      await box.asOperator(),
    );
    expect(again.status).toBe(409);
    expect((await json(again)).violations[0]).toMatchObject({
      rule: 'ballot-box.unique-meeting-id',
    });
  });

  it('answers an invalid meeting with 400 and the path of every problem, in zh-CN on request', async () => {
    const meeting = pilotMeetingInput('m1') as Json;
    meeting.criteria[1].weight = -1;
    meeting.projects[0].requested.amount = 10.5;
    const res = await box.request(
      'POST',
      '/meetings',
      { meeting, extra: 1 },
      await box.asOperator({
        'accept-language': 'zh-CN,zh;q=0.9',
      }),
    );
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.message).toBe('请求内容不符合要求');
    expect(body.problems.map((p: Json) => p.pointer)).toEqual(['']);
    const fixed = await box.request('POST', '/meetings', { meeting }, await box.asOperator());
    const problems = (await json(fixed)).problems.map((p: Json) => p.pointer);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/meeting/criteria/1/weight',
        '/meeting/projects/0/requested/amount',
      ]),
    );
  });

  it('scopes organizer tokens: 401 without, 403 with another meeting’s token', async () => {
    const tokenA = await box.createMeeting('a');
    const tokenB = await box.createMeeting('b');
    const patch = { liveResults: true };
    expect((await box.request('PATCH', '/meetings/a', patch)).status).toBe(401);
    expect(
      (await box.request('PATCH', '/meetings/a', patch, { authorization: `Bearer ${tokenB}` }))
        .status,
    ).toBe(403);
    expect(
      (
        await box.request('POST', '/meetings/a/lock-weights', undefined, {
          authorization: `Bearer ${tokenB}`,
        })
      ).status,
    ).toBe(403);
    for (const [method, path, body] of [
      ['GET', '/meetings/a/results', undefined],
      ['GET', '/meetings/a/export', undefined],
      ['GET', '/meetings/a/export/ballots', undefined],
      ['GET', '/meetings/a/export/log', undefined],
      ['GET', '/meetings/a/verify', undefined],
      ['POST', '/meetings/a/codes', { count: 1 }],
    ] as const) {
      const other = await box.request(method, path, body, {
        authorization: `Bearer ${tokenB}`,
        'accept-language': 'zh-CN',
      });
      expect({ path, status: other.status }).toEqual({ path, status: 403 });
      expect(await json(other)).toEqual({
        error: 'forbidden',
        message: '此令牌无权操作这个评审会',
      });
    }
    expect((await json(await box.request('GET', '/meetings/a'))).turnout.codes).toBe(0);
    const ok = await box.request('PATCH', '/meetings/a', patch, {
      authorization: `Bearer ${tokenA}`,
    });
    expect(ok.status).toBe(200);
    expect((await json(ok)).liveResults).toBe(true);
  });

  it('edits the document only while draft and reports every broken lifecycle rule', async () => {
    const token = await box.createMeeting('m1');
    const auth = { authorization: `Bearer ${token}` };
    const edited = pilotMeetingInput('m1') as Json;
    edited.criteria[0].weight = 0.5;
    expect((await box.request('PATCH', '/meetings/m1', { meeting: edited }, auth)).status).toBe(
      200,
    );

    const early = await box.request('POST', '/meetings/m1/open', undefined, auth);
    expect(early.status).toBe(409);
    expect((await json(early)).violations).toEqual([
      {
        rule: 'meeting.event-allowed',
        message:
          'Cannot open voting now: the status is “draft”. That is possible only when the status is “weights locked”.',
        path: ['type'],
      },
      {
        rule: 'ballot-box.codes-issued',
        message: 'No voting codes have been issued yet',
        path: ['codes'],
      },
    ]);
    const inChinese = await box.request('POST', '/meetings/m1/open', undefined, {
      ...auth,
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
    });
    expect((await json(inChinese)).violations.map((v: Json) => v.message)).toEqual([
      '现在不能开始投票：当前状态是“筹备中”。只有在“权重已锁定”状态下才能开始投票。',
      '尚未发放任何投票码',
    ]);

    expect((await box.request('POST', '/meetings/m1/lock-weights', undefined, auth)).status).toBe(
      200,
    );
    const late = await box.request('PATCH', '/meetings/m1', { meeting: edited }, auth);
    expect(late.status).toBe(409);
    expect((await json(late)).violations).toEqual([
      {
        rule: 'meeting.event-allowed',
        message:
          'Cannot save the agenda now: the status is “weights locked”. That is possible only when the status is “draft”.',
        path: ['type'],
      },
    ]);
    // Settings are not part of the lifecycle: they change in any status.
    const live = await box.request('PATCH', '/meetings/m1', { liveResults: true }, auth);
    expect(live.status).toBe(200);
    const meeting = await json(await box.request('GET', '/meetings/m1'));
    expect(meeting.meeting.criteria[0].weight).toBe(0.5);
    expect(meeting.status).toBe('weights-locked');
  });

  it('stores the names of the meeting’s communities with it and refuses a repeated one', async () => {
    const named = pilotMeetingInput('m1') as Json;
    named.communities = named.projects.map((project: Json) => ({
      id: project.community,
      name: { 'zh-CN': `${project.community}社区`, en: `${project.community} community` },
    }));
    const created = await box.request(
      'POST',
      '/meetings',
      { meeting: named },
      await box.asOperator(),
    );
    expect(created.status).toBe(201);
    const auth = { authorization: `Bearer ${(await json(created)).organizerToken}` };
    expect((await json(await box.request('GET', '/meetings/m1'))).meeting.communities).toEqual(
      named.communities,
    );
    named.communities[0].name = { 'zh-CN': '金华里', en: 'Jinhuali' };
    expect((await box.request('PATCH', '/meetings/m1', { meeting: named }, auth)).status).toBe(200);
    const again = new TestBox(store);
    expect((await json(await again.request('GET', '/meetings/m1'))).meeting.communities[0]).toEqual(
      { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
    );

    const repeated = structuredClone(named);
    repeated.id = 'm2';
    repeated.communities.push({ id: 'jinhuali', name: '金华里' });
    const refused = await box.request(
      'POST',
      '/meetings',
      { meeting: repeated },
      await box.asOperator({ 'accept-language': 'zh-CN' }),
    );
    expect(refused.status).toBe(400);
    expect((await json(refused)).problems).toEqual([
      expect.objectContaining({
        pointer: `/meeting/communities/${repeated.communities.length - 1}/id`,
        message: '社区中的标识 "jinhuali" 重复',
      }),
    ]);
    const unnamed = structuredClone(named);
    unnamed.id = 'm3';
    unnamed.communities = unnamed.communities.slice(1);
    const left = await box.request(
      'POST',
      '/meetings',
      { meeting: unnamed },
      await box.asOperator(),
    );
    expect((await json(left)).problems).toEqual([
      expect.objectContaining({
        pointer: '/meeting/projects/0/community',
        message: 'Unknown id "jinhuali" (not in communities)',
      }),
    ]);
  });

  it('issues codes as JSON or as a printable QR sheet', async () => {
    const token = await box.createMeeting('m1');
    const auth = { authorization: `Bearer ${token}` };
    const res = await box.request('POST', '/meetings/m1/codes', { count: 4 }, auth);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { codes } = await json(res);
    expect(codes).toHaveLength(4);
    expect(new Set(codes.map((c: Json) => c.code)).size).toBe(4);
    const sheet = await box.request(
      'POST',
      '/meetings/m1/codes',
      { count: 2, format: 'svg', voteUrl: 'https://ngo.example/vote?m={meeting}&c={code}' },
      { ...auth, 'accept-language': 'zh-CN' },
    );
    expect(sheet.headers.get('content-type')).toContain('image/svg+xml');
    expect(sheet.headers.get('cache-control')).toBe('no-store');
    const svg = await sheet.text();
    expect(svg.match(/<g class="code"[ >]/g)).toHaveLength(2);
    expect(svg).toContain('2007 年项目评审会');
    const pdf = await box.request(
      'POST',
      '/meetings/m1/codes',
      { count: 13, format: 'pdf' },
      { ...auth, 'accept-language': 'zh-CN' },
    );
    expect(pdf.status).toBe(201);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect((await json(await box.request('GET', '/meetings/m1'))).turnout.codes).toBe(19);
  });

  it('accepts a ballot with a code while open, replays retries and lets the last ballot count', async () => {
    const { codes } = await box.openMeeting('m1', 2);
    const code = codes[0]!.code;
    const first = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code, marks: approvalMarks() },
      {
        'idempotency-key': 'try-1',
      },
    );
    expect(first.status).toBe(201);
    const receipt = await json(first);
    expect(receipt).toMatchObject({ seq: 1, replaced: false, code: codes[0]!.id });
    expect(receipt.receipt).toMatch(/^[0-9a-f]{64}$/);

    const retry = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code, marks: approvalMarks() },
      {
        'idempotency-key': 'try-1',
      },
    );
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await json(retry)).receipt).toBe(receipt.receipt);

    // The same ballot with its keys written in another order is the same request.
    const reordered = Object.fromEntries(
      Object.entries(approvalMarks())
        .reverse()
        .map(([project, marks]) => [project, Object.fromEntries(Object.entries(marks).reverse())]),
    );
    const sameKeysReordered = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { marks: reordered, code },
      { 'idempotency-key': 'try-1' },
    );
    expect(sameKeysReordered.status).toBe(200);
    expect((await json(sameKeysReordered)).receipt).toBe(receipt.receipt);
    const otherBallot = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code, marks: approvalMarks((p) => p === 'jinhuali-home') },
      { 'idempotency-key': 'try-1', 'accept-language': 'zh-CN' },
    );
    expect(otherBallot.status).toBe(422);
    expect(await json(otherBallot)).toEqual({
      error: 'idempotency-key-reused',
      message: '此 Idempotency-Key 已用于另一张选票',
    });

    const changed = await box.request('POST', '/meetings/m1/ballots', {
      code: code.toLowerCase().replace(/-/g, ''),
      marks: approvalMarks(() => false),
    });
    expect(await json(changed)).toMatchObject({ seq: 2, replaced: true });

    const mine = await json(await box.request('POST', '/meetings/m1/ballots/mine', { code }));
    expect(mine.ballot).toMatchObject({ seq: 2, counted: true, code: codes[0]!.id });
    expect((await json(await box.request('GET', '/meetings/m1'))).turnout).toEqual({
      codes: 2,
      voted: 1,
      submissions: 2,
    });
  });

  it('refuses unknown codes, ballots outside voting and ballots that do not fit the meeting', async () => {
    const token = await box.createMeeting('m1');
    const auth = { authorization: `Bearer ${token}` };
    const { codes } = await json(
      await box.request('POST', '/meetings/m1/codes', { count: 1 }, auth),
    );
    const code = codes[0].code;
    const draft = await box.request('POST', '/meetings/m1/ballots', {
      code,
      marks: approvalMarks(),
    });
    expect(draft.status).toBe(409);
    expect((await json(draft)).violations).toEqual([
      { rule: 'meeting.ballots-while-open', message: 'Voting has not opened yet', path: ['type'] },
    ]);

    await box.request('POST', '/meetings/m1/lock-weights', undefined, auth);
    await box.request('POST', '/meetings/m1/open', undefined, auth);
    const bogus = await box.request('POST', '/meetings/m1/ballots', {
      code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG',
      marks: approvalMarks(),
    });
    expect(bogus.status).toBe(401);

    const misfit = await box.request('POST', '/meetings/m1/ballots', {
      code,
      marks: { nope: { 'public-benefit': true }, 'jinhuali-home': { feasibility: 3 } },
    });
    expect(misfit.status).toBe(400);
    const paths = (await json(misfit)).problems.map((p: Json) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['marks', 'nope'],
        ['marks', 'jinhuali-home', 'feasibility'],
      ]),
    );

    const shape = await box.request('POST', '/meetings/m1/ballots', { code, marks: [1, 2] });
    expect(shape.status).toBe(400);
    expect((await json(shape)).problems[0].path).toEqual(['marks']);

    await box.request('POST', '/meetings/m1/close', undefined, auth);
    const late = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code, marks: approvalMarks() },
      { 'accept-language': 'zh-CN' },
    );
    expect(late.status).toBe(409);
    expect((await json(late)).violations).toEqual([
      {
        rule: 'meeting.ballots-while-open',
        message: '投票已结束，不再接受选票',
        path: ['type'],
      },
    ]);
    const other = await box.request('POST', '/meetings/other/ballots', {
      code,
      marks: approvalMarks(),
    });
    expect(other.status).toBe(404);
  });

  it('hides results until published (unless live), then tallies with core and verifies', async () => {
    const { token, codes } = await box.openMeeting('m1', 3);
    const auth = { authorization: `Bearer ${token}` };
    const vote = (i: number, approve: (p: string, c: string) => boolean) =>
      box.request('POST', '/meetings/m1/ballots', {
        code: codes[i]!.code,
        marks: approvalMarks(approve),
      });
    await vote(0, (p) => p === 'xinghuayuan-children');
    await vote(1, (p) => p !== 'jinhuali-home');
    await vote(2, (p, c) => p === 'xinghuayuan-children' || c === 'public-benefit');

    expect((await box.request('GET', '/meetings/m1/results')).status).toBe(403);
    expect((await box.request('GET', '/meetings/m1/export')).status).toBe(403);
    const early = await box.request('GET', '/meetings/m1/results', undefined, auth);
    expect(early.status).toBe(200);

    await box.request('POST', '/meetings/m1/close', undefined, auth);
    await box.request('POST', '/meetings/m1/publish', undefined, auth);
    const results = await json(await box.request('GET', '/meetings/m1/results'));
    expect(results.counted).toBe(3);
    expect(results.ranking.map((r: Json) => r.project)).toEqual([
      'xinghuayuan-children',
      'yuhuayuan-culture',
      'jinhuali-home',
    ]);
    expect(results.ranking[0].total).toBeCloseTo(3, 10);

    const exported = await json(await box.request('GET', '/meetings/m1/export'));
    expect(exported.ballots).toHaveLength(3);
    expect(JSON.stringify(exported)).not.toContain(codes[0]!.code);
    const receipts = exported.log
      .filter((e: Json) => e.kind === 'ballot.cast')
      .map((e: Json) => e.data.receipt);
    expect(receipts).toEqual(exported.ballots.map((b: Json) => b.receipt));
    const published = exported.log.at(-1);
    expect(published.kind).toBe('results.published');
    expect(published.data.ranking[0].project).toBe('xinghuayuan-children');
    expect(await json(await box.request('GET', '/meetings/m1/verify'))).toEqual({
      meeting: 'm1',
      ok: true,
      problems: [],
    });
    // Results announce the publish entry; a voter asks whether their receipt is in the log.
    expect(results.log).toEqual({ length: published.seq, head: published.hash });
    expect(results.tallyHash).toBe(published.data.tally);
    const mine = exported.ballots[1];
    const checked = await json(
      await box.request(
        'GET',
        `/meetings/m1/verify?receipt=${mine.receipt}&receipt=${'0'.repeat(64)}`,
      ),
    );
    expect(checked.receipts).toEqual([
      { receipt: mine.receipt, inLog: true, logSeq: mine.logSeq, counted: true },
      { receipt: '0'.repeat(64), inLog: false },
    ]);
    // A settings change after publishing is logged after the publish entry: the announced
    // position stays, and the export still verifies against it.
    expect(
      (await box.request('PATCH', '/meetings/m1', { corsOrigins: ['https://ngo.example'] }, auth))
        .status,
    ).toBe(200);
    const later = await json(await box.request('GET', '/meetings/m1/results'));
    expect(later.log).toEqual(results.log);
    const after = await json(await box.request('GET', '/meetings/m1/export'));
    expect(after.log.at(-1).kind).toBe('meeting.updated');
    expect(verifyMeetingExport(after as never, { announced: later.log })).toMatchObject({
      ok: true,
      problems: [],
    });
  });

  it('publishes the tally of every ballot even when close and ballots commit just before publish locks', async () => {
    const { token, codes } = await box.openMeeting('race', 4);
    const auth = { authorization: `Bearer ${token}` };
    const vote = (target: TestBox, i: number, approve: (p: string) => boolean) =>
      target.request('POST', '/meetings/race/ballots', {
        code: codes[i]!.code,
        marks: approvalMarks((p) => approve(p)),
      });
    expect((await vote(box, 0, (p) => p === 'jinhuali-home')).status).toBe(201);
    // A second instance on the same database whose publish is held at its lock while the first
    // instance takes the last ballots and closes voting.
    const repository = new GatedRepository(store);
    const gated = new TestBox(store, { repository });
    repository.beforeChange = async () => {
      for (const i of [1, 2, 3]) {
        expect((await vote(box, i, (p) => p === 'xinghuayuan-children')).status).toBe(201);
      }
      expect((await box.request('POST', '/meetings/race/close', undefined, auth)).status).toBe(200);
    };
    const published = await gated.request('POST', '/meetings/race/publish', undefined, auth);
    expect(published.status).toBe(200);
    const results = await json(await box.request('GET', '/meetings/race/results'));
    expect(results.counted).toBe(4);
    expect(results.ranking[0].project).toBe('xinghuayuan-children');
    const history = await repository.history('race');
    const last = history.at(-1)!;
    expect(last.type === 'results-published' && last.payload.ranking[0]?.project).toBe(
      'xinghuayuan-children',
    );
    expect(await json(await box.request('GET', '/meetings/race/verify'))).toMatchObject({
      ok: true,
      problems: [],
    });
  });

  it('verifies every meeting when close and publish race with ballots in flight on two instances', async () => {
    const other = new TestBox(store);
    const meetings = await Promise.all(
      ['r1', 'r2', 'r3', 'r4'].map(async (id) => ({ id, ...(await box.openMeeting(id, 6)) })),
    );
    await Promise.all(
      meetings.map(async ({ id, token, codes }) => {
        const auth = { authorization: `Bearer ${token}` };
        const requests: Promise<Response>[] = codes.map((code, i) =>
          (i % 2 === 0 ? box : other).request('POST', `/meetings/${id}/ballots`, {
            code: code.code,
            marks: approvalMarks((p) => (i % 3 === 0) === (p === 'yuhuayuan-culture')),
          }),
        );
        requests.splice(3, 0, box.request('POST', `/meetings/${id}/close`, undefined, auth));
        requests.splice(2, 0, other.request('POST', `/meetings/${id}/publish`, undefined, auth));
        await Promise.all(requests);
        // Whatever won, publishing after the close ends it.
        await other.request('POST', `/meetings/${id}/publish`, undefined, auth);
      }),
    );
    for (const { id } of meetings) {
      const meeting = await json(await box.request('GET', `/meetings/${id}`));
      expect(meeting.status).toBe('published');
      const verified = await json(await box.request('GET', `/meetings/${id}/verify`));
      expect(verified).toMatchObject({ meeting: id, ok: true, problems: [] });
    }
  });

  it('never shows a named voter’s name next to a ballot: export, log, results, verify and events', async () => {
    const names = ['alice-wang', 'bob-li', 'carol-chen'];
    const meeting = {
      ...pilotMeetingInput('named'),
      recusal: 'own-community',
      groupWeights: { expert: 2 },
      voters: [
        { id: 'alice-wang', community: 'jinhuali' },
        { id: 'bob-li', community: 'yuhuayuan', group: 'expert' },
        { id: 'carol-chen' },
        { id: 'dan-zhou', community: 'xinghuayuan' },
      ],
    };
    const created = await json(
      await box.request(
        'POST',
        '/meetings',
        { meeting, liveResults: true },
        await box.asOperator(),
      ),
    );
    const auth = { authorization: `Bearer ${created.organizerToken}` };
    const named = await json(
      await box.request('POST', '/meetings/named/codes', { voters: names }, auth),
    );
    const anonymous = await json(
      await box.request('POST', '/meetings/named/codes', { count: 1 }, auth),
    );
    // The organizer who issued them sees whose code is whose, once.
    expect(named.codes.map((c: Json) => c.voter)).toEqual(names);
    for (const step of ['lock-weights', 'open']) {
      expect((await box.request('POST', `/meetings/named/${step}`, undefined, auth)).status).toBe(
        200,
      );
    }
    const events = await box.request('GET', '/meetings/named/events');
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let stream = '';
    const readUntil = async (needle: string) => {
      while (!stream.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        stream += decoder.decode(value);
      }
    };
    await readUntil('"voted":0');
    const marksOf = [
      approvalMarks(() => true),
      approvalMarks((p) => p !== 'xinghuayuan-children'),
      approvalMarks((p, c) => p === 'jinhuali-home' && c !== 'feasibility'),
      approvalMarks((p) => p === 'xinghuayuan-children'),
    ];
    const holders = [...named.codes, ...anonymous.codes];
    for (const [i, holder] of holders.entries()) {
      const res = await box.request('POST', '/meetings/named/ballots', {
        code: holder.code,
        marks: marksOf[i],
      });
      expect(res.status).toBe(201);
      if (holder.voter !== holder.id) expect(await res.text()).not.toContain(holder.voter);
    }
    await readUntil('"voted":4');
    await box.request('POST', '/meetings/named/close', undefined, auth);
    await box.request('POST', '/meetings/named/publish', undefined, auth);
    await readUntil('event: published');
    await readUntil('"tally"');
    await reader.cancel();

    const surfaces: Record<string, string> = { events: stream };
    for (const path of [
      '/meetings/named/export',
      '/meetings/named/export/ballots',
      '/meetings/named/export/tally',
      '/meetings/named/export/log',
      '/meetings/named/results',
      '/meetings/named/verify',
    ]) {
      const res = await box.request('GET', path);
      expect(res.status).toBe(200);
      surfaces[path] = await res.text();
    }
    for (const [surface, text] of Object.entries(surfaces)) {
      for (const name of [...names, 'dan-zhou']) {
        expect({ surface, leaks: text.includes(name) }).toEqual({ surface, leaks: false });
      }
    }
    const exported = JSON.parse(surfaces['/meetings/named/export']!) as Json;
    // Each ballot is under its credential's opaque id, the same kind of id anonymous codes get.
    expect(exported.ballots.map((b: Json) => b.voter)).toEqual(holders.map((h: Json) => h.id));
    expect(exported.ballots.every((b: Json) => b.voter === b.code)).toBe(true);
    expect(JSON.parse(surfaces['/meetings/named/verify']!)).toMatchObject({ ok: true });
    // The published result is the tally with the real roster: recusal and group weights apply.
    const real = tally(
      ReviewMeetingSchema.parse({
        ...meeting,
        voters: [...meeting.voters, { id: anonymous.codes[0].id }],
      }),
      [...names, anonymous.codes[0].id].map((voter, i) => ({ voter, marks: marksOf[i] })),
    );
    const results = JSON.parse(surfaces['/meetings/named/results']!) as Json;
    const summary = (rows: readonly Json[]) =>
      rows.map((row) => ({ project: row.project, rank: row.rank, total: row.total }));
    expect(summary(results.ranking)).toEqual(summary(real.ranking));
    const ignoringRoster = tally(
      ReviewMeetingSchema.parse({ ...meeting, recusal: 'none', groupWeights: {}, voters: [] }),
      [...names, anonymous.codes[0].id].map((voter, i) => ({ voter, marks: marksOf[i] })),
    );
    expect(summary(ignoringRoster.ranking)).not.toEqual(summary(real.ranking));
    expect(results.counted).toBe(4);
    // The stream announces the same log position as the results.
    const block = stream.split('\n\n').find((part) => part.includes('event: published'))!;
    const announced = block
      .split('\n')
      .find((line) => line.startsWith('data: '))!
      .slice('data: '.length);
    expect(JSON.parse(announced)).toEqual({
      meeting: 'named',
      log: results.log,
      tally: results.tallyHash,
    });
  });

  it('keeps each meeting’s core event history, which replays to its status on any instance', async () => {
    const { token, codes } = await box.openMeeting('m1', 1);
    const auth = { authorization: `Bearer ${token}` };
    // A second instance on the same database: its cached state must follow the first's steps.
    const other = new TestBox(store);
    expect((await json(await other.request('GET', '/meetings/m1'))).status).toBe('open');
    await box.request('POST', '/meetings/m1/ballots', {
      code: codes[0]!.code,
      marks: approvalMarks((p) => p === 'yuhuayuan-culture'),
    });
    expect((await box.request('POST', '/meetings/m1/close', undefined, auth)).status).toBe(200);
    const late = await other.request('POST', '/meetings/m1/ballots', {
      code: codes[0]!.code,
      marks: approvalMarks(),
    });
    expect(late.status).toBe(409);
    expect((await other.request('POST', '/meetings/m1/publish', undefined, auth)).status).toBe(200);
    expect((await json(await box.request('GET', '/meetings/m1'))).status).toBe('published');

    const history = await new BallotBoxRepository(store).history('m1');
    expect(history.map((event) => event.type)).toEqual([
      'agenda-saved',
      'weights-locked',
      'voting-opened',
      'voting-closed',
      'results-published',
    ]);
    const replayed = replay(meetingLifecycle, history, {});
    expect(replayed.ok && replayed.state.status).toBe('results-published');
    expect(replayed.ok && replayed.state.ranking?.[0]).toEqual({
      project: 'yuhuayuan-culture',
      rank: 1,
    });
  });

  it('refuses to lock the weights of a meeting without projects', async () => {
    const empty = { ...pilotMeetingInput('empty'), projects: [] };
    const created = await box.request(
      'POST',
      '/meetings',
      { meeting: empty },
      await box.asOperator(),
    );
    const { organizerToken } = await json(created);
    const res = await box.request('POST', '/meetings/empty/lock-weights', undefined, {
      authorization: `Bearer ${organizerToken}`,
    });
    expect(res.status).toBe(409);
    expect((await json(res)).violations).toEqual([
      {
        rule: 'ballot-box.projects-listed',
        message: 'The meeting lists no projects',
        path: ['meeting', 'projects'],
      },
    ]);
  });

  it('shows live results while voting when the organizer enables them', async () => {
    const { codes } = await box.openMeeting('live', 1, { liveResults: true });
    await box.request('POST', '/meetings/live/ballots', {
      code: codes[0]!.code,
      marks: approvalMarks(),
    });
    const res = await box.request('GET', '/meetings/live/results');
    expect(res.status).toBe(200);
    expect((await json(res)).counted).toBe(1);
  });

  it('streams turnout (and the ranking when allowed) as ballots arrive', async () => {
    const { codes } = await box.openMeeting('sse', 2, { liveResults: true });
    const res = await box.request('GET', '/meetings/sse/events');
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('"voted":0');
    await box.request('POST', '/meetings/sse/ballots', {
      code: codes[1]!.code,
      marks: approvalMarks(),
    });
    await readUntil('"voted":1');
    await readUntil('"counted":1');
    expect(text.match(/event: ranking/g)).toHaveLength(2);
    await reader.cancel();
  });

  it('streams turnout without the ranking while results are hidden', async () => {
    const { token, codes } = await box.openMeeting('quiet', 2);
    const res = await box.request('GET', '/meetings/quiet/events');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('"voted":0');
    for (const code of codes) {
      await box.request('POST', '/meetings/quiet/ballots', {
        code: code.code,
        marks: approvalMarks(),
      });
    }
    await readUntil('"voted":2');
    await box.request('POST', '/meetings/quiet/close', undefined, {
      authorization: `Bearer ${token}`,
    });
    await readUntil('"status":"closed"');
    await reader.cancel();
    expect(text).toContain('event: turnout');
    expect(text).not.toContain('event: ranking');
    expect(text).not.toContain('event: published');
    for (const hidden of ['"ranking"', '"counted"', 'yuhuayuan-culture', 'jinhuali-home']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('applies the per-meeting CORS allowlist', async () => {
    await box.createMeeting('m1', { corsOrigins: ['https://ngo.example'] });
    const preflight = (origin: string) =>
      box.app.request('/meetings/m1/ballots', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://ngo.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
    // A page on an unlisted origin may send, so that it can read why it is refused.
    const unlisted = await preflight('https://evil.example');
    expect(unlisted.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const post = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code: 'x', marks: {} },
      { origin: 'https://evil.example', 'accept-language': 'zh-CN' },
    );
    expect(post.status).toBe(403);
    expect(post.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const refusal = await json(post);
    expect(refusal.error).toBe('origin-not-allowed');
    expect(refusal.message).toContain('corsOrigins');
    expect(refusal.message).toContain('https://evil.example');
    const listed = await box.request(
      'POST',
      '/meetings/m1/ballots',
      { code: 'x', marks: {} },
      { origin: 'https://ngo.example' },
    );
    expect(listed.status).not.toBe(403);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
  });

  it('answers a stored meeting that today’s core refuses with 409 and its violations, not 500', async () => {
    const { token } = await box.openMeeting('old-weights', 1);
    // A meeting stored by a version without the weight bound (≤ 1,000,000).
    const older = (text: string) => text.replace('"weight":0.4', '"weight":2000000');
    const row = await store.db
      .selectFrom('meetings')
      .select('document')
      .where('id', '=', 'old-weights')
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable('meetings')
      .set({ document: older(row.document) })
      .where('id', '=', 'old-weights')
      .execute();
    for (const event of await store.db
      .selectFrom('meeting_events')
      .selectAll()
      .where('meeting_id', '=', 'old-weights')
      .execute()) {
      await store.db
        .updateTable('meeting_events')
        .set({ event: older(event.event) })
        .where('meeting_id', '=', 'old-weights')
        .where('seq', '=', event.seq)
        .execute();
    }
    const fresh = new TestBox(store);
    const answer = await fresh.request('GET', '/meetings/old-weights/results', undefined, {
      authorization: `Bearer ${token}`,
      'accept-language': 'zh-CN',
    });
    expect(answer.status).toBe(409);
    const body = await json(answer);
    expect(body.error).toBe('stored-document-invalid');
    expect(body.message).toContain('已保存的 MeetingEvent');
    expect(body.violations).toEqual([
      expect.objectContaining({ path: ['payload', 'meeting', 'criteria', 0, 'weight'] }),
    ]);
  });

  it('lets the calling page read every refusal on a meeting: 413, 415 and 429 carry CORS headers', async () => {
    const strict = new TestBox(store, {
      maxBodyBytes: 1024,
      perAddress: { burst: 3, perSecond: 0.001 },
    });
    await strict.createMeeting('cors-refusals', { corsOrigins: ['https://ngo.example'] });
    const origin = 'https://ngo.example';
    const big = await strict.request(
      'POST',
      '/meetings/cors-refusals/ballots',
      { code: 'x'.repeat(5000), marks: {} },
      { origin },
    );
    expect(big.status).toBe(413);
    expect(big.headers.get('access-control-allow-origin')).toBe(origin);
    const text = await strict.app.request('/meetings/cors-refusals/ballots', {
      method: 'POST',
      headers: { origin, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(text.status).toBe(415);
    expect(text.headers.get('access-control-allow-origin')).toBe(origin);
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 10 && limited === undefined; attempt++) {
      const answer = await strict.request('GET', '/meetings/cors-refusals', undefined, { origin });
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('access-control-allow-origin')).toBe(origin);
    expect(limited?.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('rejects malformed, oversized and non-JSON bodies with clear JSON errors', async () => {
    const bad = await box.request('POST', '/meetings', '{"meeting": ', await box.asOperator());
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toBe('invalid-json');
    const small = new TestBox(store, { maxBodyBytes: 1024 });
    const big = await small.request(
      'POST',
      '/meetings',
      { meeting: 'x'.repeat(5000) },
      await small.asOperator(),
    );
    expect(big.status).toBe(413);
    expect((await json(big)).error).toBe('payload-too-large');
    const wrong = await box.request('POST', '/meetings', [], await box.asOperator());
    expect(wrong.status).toBe(400);
    const unknown = await box.request('GET', '/nowhere');
    expect(await json(unknown)).toMatchObject({ error: 'not-found' });
  });

  it('refuses a body that is not declared as JSON with 415, in the client’s language', async () => {
    const meeting = JSON.stringify({ meeting: pilotMeetingInput('typed') });
    const asText = await box.app.request('/meetings', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'accept-language': 'zh-CN' },
      body: meeting,
    });
    expect(asText.status).toBe(415);
    expect(await json(asText)).toEqual({
      error: 'unsupported-media-type',
      message: '请求内容必须是 JSON（Content-Type: application/json）',
    });
    const { token, codes } = await box.openMeeting('m1', 1);
    const form = await box.app.request('/meetings/m1/ballots', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `code=${codes[0]!.code}`,
    });
    expect(form.status).toBe(415);
    expect((await json(form)).message).toBe(
      'The request body must be JSON (Content-Type: application/json)',
    );
    const server = await startServer({ database: store.options, port: 0 });
    try {
      // Over HTTP: a body without any type, and a step without a body or a type.
      const untyped = await fetch(`${server.url}/meetings/m1/ballots`, {
        method: 'POST',
        body: new Blob([JSON.stringify({ code: codes[0]!.code, marks: approvalMarks() })]),
      });
      expect(untyped.status).toBe(415);
      expect((await json(untyped)).error).toBe('unsupported-media-type');
      const lock = await fetch(`${server.url}/meetings/m1/close`, {
        method: 'POST',
        headers: { authorization: 'Bearer nope' },
      });
      expect(lock.status).toBe(403);
    } finally {
      await server.close();
    }
    expect((await json(await box.request('GET', '/meetings/m1'))).turnout.voted).toBe(0);
    // JSON with a charset or a +json type is JSON; a step without a body needs no type.
    const typed = await box.app.request('/meetings/m1/ballots', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ code: codes[0]!.code, marks: approvalMarks() }),
    });
    expect(typed.status).toBe(201);
    const patch = await box.app.request('/meetings/m1', {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ liveResults: true }),
    });
    expect(patch.status).toBe(200);
    const close = await box.app.request('/meetings/m1/close', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(close.status).toBe(200);
  });

  it('refuses oversized bodies over HTTP, with a declared length or chunked', async () => {
    const server = await startServer({ database: store.options, port: 0, maxBodyBytes: 1024 });
    const operator = await box.asOperator({ 'content-type': 'application/json' });
    try {
      const body = JSON.stringify({ meeting: 'x'.repeat(5000) });
      const declared = await fetch(`${server.url}/meetings`, {
        method: 'POST',
        headers: operator,
        body,
      });
      expect(declared.status).toBe(413);
      expect((await json(declared)).error).toBe('payload-too-large');
      const bytes = new TextEncoder().encode(body);
      const chunked = await fetch(`${server.url}/meetings`, {
        method: 'POST',
        headers: operator,
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect((await json(chunked)).error).toBe('payload-too-large');
      const fits = await fetch(`${server.url}/meetings`, {
        method: 'POST',
        headers: operator,
        body: JSON.stringify({ meeting: pilotMeetingInput('small') }),
      });
      expect(fits.status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('rate-limits per address and per code with 429 and Retry-After', async () => {
    const limited = new TestBox(store, {
      perAddress: { burst: 3, perSecond: 0.001 },
    });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request('GET', '/healthz')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);

    const { codes } = await box.openMeeting('m1', 2);
    const perCode = new TestBox(store, { perCode: { burst: 2, perSecond: 0.001 } });
    const cast = (code: string) =>
      perCode.request('POST', '/meetings/m1/ballots', { code, marks: approvalMarks() });
    expect((await cast(codes[0]!.code)).status).toBe(201);
    expect((await cast(codes[0]!.code)).status).toBe(201);
    const third = await cast(codes[0]!.code);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await cast(codes[1]!.code)).status).toBe(201);
  });

  it('limits the right-most X-Forwarded-For hop with createApp({ trustProxy: 1 }), not the spoofable left-most', async () => {
    const behindProxy = new TestBox(store, {
      perAddress: { burst: 2, perSecond: 0.001 },
      trustProxy: 1,
    });
    const from = async (forwarded: string) =>
      (await behindProxy.request('GET', '/healthz', undefined, { 'x-forwarded-for': forwarded }))
        .status;
    // The client writes a fresh left-most entry each time; the proxy appends the real address.
    const spoofing = [];
    for (let n = 1; n <= 4; n++) spoofing.push(await from(`198.51.100.${n}, 203.0.113.7`));
    expect(spoofing).toEqual([200, 200, 429, 429]);
    // Another client behind the same proxy has its own bucket.
    expect(await from('198.51.100.1, 203.0.113.8')).toBe(200);
    // A trust function works the same; a setting that names no address fails at creation.
    const byFunction = new TestBox(store, {
      perAddress: { burst: 1, perSecond: 0.001 },
      trustProxy: (_address, hop) => hop < 1,
    });
    const viaFunction = (forwarded: string) =>
      byFunction.request('GET', '/healthz', undefined, { 'x-forwarded-for': forwarded });
    expect((await viaFunction('198.51.100.1, 203.0.113.9')).status).toBe(200);
    expect((await viaFunction('198.51.100.2, 203.0.113.9')).status).toBe(429);
    expect(() => new TestBox(store, { trustProxy: 'proxy.internal' })).toThrow(TrustProxyError);
  });

  it('stores hostile text verbatim as data and returns it unchanged', async () => {
    const meeting = pilotMeetingInput('hostile') as Json;
    const sqlText = "x'); DROP TABLE ballots; --";
    const script = '<script>alert("qy")</script>';
    meeting.title = { 'zh-CN': script, en: sqlText };
    meeting.projects[0].summary = { en: '\u0000\u202e\\"${{7*7}}' };
    const token = await box.createMeeting('hostile-ok');
    expect(token).toBeTruthy();
    const res = await box.request('POST', '/meetings', { meeting }, await box.asOperator());
    expect(res.status).toBe(201);
    const shown = await json(await box.request('GET', '/meetings/hostile'));
    expect(shown.meeting.title).toEqual({ 'zh-CN': script, en: sqlText });
    expect(shown.meeting.projects[0].summary.en).toBe('\u0000\u202e\\"${{7*7}}');
    expect((await box.request('GET', '/meetings/hostile-ok')).status).toBe(200);

    const col = await json(
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses' },
        await box.asOperator(),
      ),
    );
    const raw = `{"document":{"answer":${JSON.stringify(sqlText)},"html":${JSON.stringify(script)},"__proto__":{"polluted":true},"nested":{"1; --":[${JSON.stringify(script)}]}}}`;
    expect((await box.request('POST', `/collections/${col.id}/items`, raw)).status).toBe(201);
    const items = await json(
      await box.request('GET', `/collections/${col.id}/items`, undefined, {
        authorization: `Bearer ${col.organizerToken}`,
      }),
    );
    expect(JSON.stringify(items.items[0].document)).toBe(JSON.stringify(JSON.parse(raw).document));
    // What came back is the hostile text itself, `__proto__` an ordinary key of the stored data.
    const stored = items.items[0].document as Json;
    expect(stored.answer).toBe(sqlText);
    expect(stored.nested['1; --']).toEqual([script]);
    expect(Object.hasOwn(stored, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(({} as Json).polluted).toBeUndefined();
    // The SQL in it ran nowhere: the ballots table is still there and takes ballots.
    const { codes } = await box.openMeeting('after-hostile', 1);
    const cast = await box.request('POST', '/meetings/after-hostile/ballots', {
      code: codes[0]!.code,
      marks: approvalMarks(),
    });
    expect(cast.status).toBe(201);
  });

  it('collects survey responses and applications, listed only with the collection token', async () => {
    const created = await box.request(
      'POST',
      '/collections',
      { kind: 'applications', schema: 'Money' },
      await box.asOperator(),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const col = await json(created);
    const other = await json(
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses' },
        await box.asOperator(),
      ),
    );
    const add = (document: unknown) =>
      box.request('POST', `/collections/${col.id}/items`, { document });
    expect((await add({ amount: 100, currency: 'CNY' })).status).toBe(201);
    const invalid = await add({ amount: 1.5, currency: 'CNY' });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).problems[0].path).toEqual(['document', 'amount']);
    expect((await add({ amount: 200, currency: 'CNY' })).status).toBe(201);

    const list = (token?: string, query = '') =>
      box.request(
        'GET',
        `/collections/${col.id}/items${query}`,
        undefined,
        token ? { authorization: `Bearer ${token}` } : {},
      );
    expect((await list()).status).toBe(401);
    expect((await list(other.organizerToken)).status).toBe(403);
    const page = await json(await list(col.organizerToken, '?after=1&limit=5'));
    expect(page.items.map((i: Json) => i.document.amount)).toEqual([200]);
    expect(page.collection.items).toBe(2);
  });

  it('stores a retried survey response once: same Idempotency-Key replays, another body is 422', async () => {
    const col = await json(
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses', corsOrigins: ['https://ngo.example'] },
        await box.asOperator(),
      ),
    );
    const send = (document: unknown, headers: Record<string, string> = {}) =>
      box.request('POST', `/collections/${col.id}/items`, { document }, headers);
    const response = { needs: ['elderly-canteen'], comment: '楼道灯坏了' };
    const key = { 'idempotency-key': 'survey-7f3a' };
    const first = await send(response, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const stored = await json(first);
    expect(stored).toMatchObject({ collection: col.id, seq: 1 });

    const retry = await send(response, { ...key, origin: 'https://ngo.example' });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('access-control-expose-headers')).toContain('Idempotent-Replayed');
    expect(await json(retry)).toEqual(stored);

    const other = await send({ needs: [] }, { ...key, 'accept-language': 'zh-CN' });
    expect(other.status).toBe(422);
    expect(await json(other)).toEqual({
      error: 'idempotency-key-reused',
      message: '此 Idempotency-Key 已用于另一份文档',
    });
    const tooLong = await send(response, { 'idempotency-key': 'k'.repeat(201) });
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong)).problems[0].path).toEqual(['Idempotency-Key']);
    expect((await send(response, { 'idempotency-key': 'survey-other' })).status).toBe(201);

    const items = await json(
      await box.request('GET', `/collections/${col.id}/items`, undefined, {
        authorization: `Bearer ${col.organizerToken}`,
      }),
    );
    expect(items.items.map((item: Json) => item.seq)).toEqual([1, 2]);
    expect(items.collection.items).toBe(2);
  });

  it('answers an internal failure with a bare 500: no stack trace, no SQL', async () => {
    await box.createMeeting('m1');
    await store.close();
    const res = await box.request('GET', '/meetings/m1');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal', message: 'Internal server error' });
    store = { ...store, close: () => Promise.resolve(), dispose: store.dispose } as TestDatabase;
  });
});
