import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyChain } from '../../audit/hash-chain.js';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { openSpaceSession, openSpaceWithCodes } from '../../../test/support/open-space-fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const zh = { 'accept-language': 'zh-CN,zh;q=0.9' };

describeEachBackend('Open Space sessions', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store, { pdfFont: false, liveIntervalMs: 10 });
  });
  afterEach(async () => {
    await store.dispose();
  });

  const json = async (res: Response) => (await res.json()) as Json;

  it('creates a session for an operator or organizer of the organisation, and refuses others', async () => {
    const { organization } = await box.testOrganization();
    const path = `/organizations/${organization}/sessions`;
    const session = openSpaceSession();
    expect((await box.request('POST', path, { session })).status).toBe(401);
    const [auditor] = await box.repository.mintCredentials(organization, 'auditor', ['x']);
    const asAuditor = { authorization: `Bearer ${auditor!.secret}` };
    expect((await box.request('POST', path, { session }, asAuditor)).status).toBe(403);
    const [organizer] = await box.repository.mintCredentials(organization, 'organizer', ['y']);
    const created = await box.request(
      'POST',
      path,
      { session },
      { authorization: `Bearer ${organizer!.secret}` },
    );
    expect(created.status).toBe(201);
    const view = await json(created);
    expect(view).toMatchObject({ id: 'os-2007', participants: 2, dotsCast: 0 });
    expect(JSON.stringify(view)).not.toContain('李娜');
    const again = await box.request('POST', path, { session }, await box.asOperator());
    expect(again.status).toBe(409);
    expect((await json(again)).error).toBe('session-exists');
    const elsewhere = await box.request(
      'POST',
      '/organizations/nope/sessions',
      { session },
      await box.asOperator(),
    );
    expect(elsewhere.status).toBe(404);
  });

  it('refuses a malformed session at its path (400) and a session breaking core rules with every violation, in the asked language (409)', async () => {
    const path = `/organizations/${(await box.testOrganization()).organization}/sessions`;
    const malformed = await box.request(
      'POST',
      path,
      { session: { ...openSpaceSession(), dots: { perParticipant: 0, perIdea: 1 }, extra: 1 } },
      await box.asOperator(),
    );
    expect(malformed.status).toBe(400);
    const problems = (await json(malformed)).problems as Json[];
    expect(problems.map((p) => p.pointer)).toContain('/session/dots/perParticipant');
    const broken = {
      ...openSpaceSession(),
      organizers: ['nobody'],
      ideas: [{ ...openSpaceSession().ideas[0]!, community: 'mars' }],
    };
    const en = await json(
      await box.request('POST', path, { session: broken }, await box.asOperator()),
    );
    expect(en.error).toBe('rule-violation');
    expect(en.violations.map((v: Json) => v.rule).sort()).toEqual([
      'open-space.known-community',
      'open-space.known-participant',
    ]);
    expect(en.violations.find((v: Json) => v.rule === 'open-space.known-community').path).toEqual([
      'session',
      'ideas',
      0,
      'community',
    ]);
    const chinese = await json(
      await box.request('POST', path, { session: broken }, await box.asOperator(zh)),
    );
    expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese.violations[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lets participants propose ideas and topics and dot within the limits, one budget per code', async () => {
    const { path, codes } = await openSpaceWithCodes(box, 2);
    const [a, b] = codes;
    expect(
      (
        await box.request('POST', `${path}/ideas`, {
          code: 'ZZZZ',
          idea: { kind: 'need', title: 'x', community: 'binhe' },
        })
      ).status,
    ).toBe(401);
    const proposed = await box.request('POST', `${path}/ideas`, {
      code: a!.code,
      idea: { kind: 'need', title: '晾衣架', community: 'binhe' },
    });
    expect(proposed.status).toBe(201);
    const idea = (await json(proposed)).idea as Json;
    expect(idea).toMatchObject({ by: a!.participant, community: 'binhe', kind: 'need' });
    const unknown = await json(
      await box.request(
        'POST',
        `${path}/ideas`,
        { code: a!.code, idea: { kind: 'need', title: 'x', community: 'mars', topic: 'nope' } },
        zh,
      ),
    );
    expect(unknown.violations.map((v: Json) => [v.rule, v.path])).toEqual([
      ['open-space.known-community', ['idea', 'community']],
      ['open-space.known-topic', ['idea', 'topic']],
    ]);
    expect(unknown.violations[0].message).toMatch(/[\u4e00-\u9fff]/);
    const topic = await box.request('POST', `${path}/topics`, {
      code: b!.code,
      topic: { title: '停车' },
    });
    expect(topic.status).toBe(201);
    expect((await json(topic)).topic.convener).toBe(b!.participant);

    const dot = (code: string, ideaId: string, dots = 1, change?: string) =>
      box.request('POST', `${path}/dots`, {
        code,
        idea: ideaId,
        dots,
        ...(change ? { change } : {}),
      });
    expect(await json(await dot(a!.code, 'i-lamps', 2))).toEqual({
      participant: a!.participant,
      left: 1,
      votes: [{ idea: 'i-lamps', dots: 2 }],
    });
    const perIdea = await dot(a!.code, 'i-lamps');
    expect(perIdea.status).toBe(409);
    expect((await json(perIdea)).violations[0].rule).toBe('open-space.dots-per-idea');
    expect((await dot(a!.code, idea.id as string)).status).toBe(201);
    const budget = await dot(a!.code, idea.id as string);
    expect(budget.status).toBe(409);
    expect((await json(budget)).violations.map((v: Json) => v.rule)).toEqual([
      'open-space.dot-budget',
    ]);
    expect(await json(await dot(a!.code, 'i-lamps', 1, 'remove'))).toMatchObject({ left: 1 });
    // Another code has its own budget.
    expect((await dot(b!.code, 'i-lamps', 2)).status).toBe(201);
    const me = await json(await box.request('POST', `${path}/me`, { code: b!.code }));
    expect(me).toEqual({
      participant: b!.participant,
      left: 1,
      votes: [{ idea: 'i-lamps', dots: 2 }],
    });
    const view = await json(await box.request('GET', path));
    expect(view.ideas.map((i: Json) => [i.id, i.dots, i.voters])).toEqual([
      ['i-lamps', 3, 2],
      [idea.id, 1, 1],
    ]);
    expect(JSON.stringify(view)).not.toContain(a!.code);
    const report = await json(await box.request('GET', `${path}/report`));
    expect(report.ideas.map((i: Json) => [i.idea.id, i.dots, i.rank])).toEqual([
      ['i-lamps', 3, 1],
      [idea.id, 1, 2],
    ]);
    expect(report.summary).toMatchObject({ participants: 4, dotsCast: 4, ideas: 2 });
  });

  it('never lets two racing dot requests exceed a budget', async () => {
    const session = openSpaceSession('os-race', { perParticipant: 1, perIdea: 1 });
    session.ideas.push({ id: 'i-two', kind: 'need', title: '二', by: 'p-li', community: 'binhe' });
    const { path, codes } = await openSpaceWithCodes(box, 1, session);
    const code = codes[0]!.code;
    const answers = await Promise.all(
      ['i-lamps', 'i-two', 'i-lamps', 'i-two'].map((idea) =>
        box.request('POST', `${path}/dots`, { code, idea, dots: 1 }),
      ),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409, 409]);
    const view = await json(await box.request('GET', path));
    expect(view.dotsCast).toBe(1);
  });

  it('replays a post sent again with the same Idempotency-Key, and refuses the key for another post', async () => {
    const { path, codes } = await openSpaceWithCodes(box, 1);
    const send = (title: string) =>
      box.request(
        'POST',
        `${path}/ideas`,
        { code: codes[0]!.code, idea: { kind: 'need', title, community: 'binhe' } },
        { 'idempotency-key': 'k-1' },
      );
    const first = await send('灯');
    const retry = await send('灯');
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await json(retry)).idea.id).toBe((await json(first)).idea.id);
    expect((await send('别的')).status).toBe(422);
    expect((await json(await box.request('GET', path))).ideas).toHaveLength(2);
    const dots = () =>
      box.request(
        'POST',
        `${path}/dots`,
        { code: codes[0]!.code, idea: 'i-lamps', dots: 1 },
        { 'idempotency-key': 'd-1' },
      );
    await dots();
    await dots();
    expect((await json(await box.request('GET', path))).dotsCast).toBe(1);
  });

  it('lets an organizer hide an item with a reason: gone from the public view, kept and marked in the export with a hash-chained log', async () => {
    const { path, codes } = await openSpaceWithCodes(box, 1);
    const hide = (body: Json, headers: Record<string, string> = {}) =>
      box.request('POST', `${path}/hidden`, body, headers);
    expect((await hide({ kind: 'idea', id: 'i-lamps', by: 'p-org', reason: '广告' })).status).toBe(
      401,
    );
    const noReason = await hide(
      { kind: 'idea', id: 'i-lamps', by: 'p-li', reason: ' ' },
      await box.asOperator(),
    );
    expect(noReason.status).toBe(409);
    expect((await json(noReason)).violations.map((v: Json) => v.rule)).toEqual([
      'open-space.hidden-by-organizer',
      'open-space.hidden-reason',
    ]);
    const hidden = await hide(
      { kind: 'idea', id: 'i-lamps', by: 'p-org', reason: '重复' },
      await box.asOperator(),
    );
    expect(hidden.status).toBe(201);
    expect((await json(hidden)).hidden).toMatchObject({
      kind: 'idea',
      id: 'i-lamps',
      reason: '重复',
    });
    const view = await json(await box.request('GET', path));
    expect(view.ideas).toEqual([]);
    expect(view.hidden).toMatchObject([{ kind: 'idea', id: 'i-lamps', reason: '重复' }]);
    const dot = await box.request('POST', `${path}/dots`, {
      code: codes[0]!.code,
      idea: 'i-lamps',
      dots: 1,
    });
    expect((await json(dot)).violations[0].rule).toBe('open-space.not-hidden');
    expect((await box.request('GET', `${path}/export`)).status).toBe(401);
    const exported = await json(
      await box.request('GET', `${path}/export`, undefined, await box.asOperator()),
    );
    expect(exported.session.ideas.map((i: Json) => i.id)).toEqual(['i-lamps']);
    expect(exported.hidden).toMatchObject([{ id: 'i-lamps', by: 'p-org', reason: '重复' }]);
    expect(exported.log.map((e: Json) => e.kind)).toEqual([
      'session.created',
      'codes.issued',
      'item.hidden',
    ]);
    expect(verifyChain(exported.log)).toEqual([]);
    exported.log[1].data.participants = ['someone-else'];
    expect(verifyChain(exported.log).map((p) => p.reason)).toEqual(['hash']);
    expect(JSON.stringify(exported)).not.toContain(codes[0]!.code);
  });

  it('mints codes for named participants once each, and refuses unknown ones', async () => {
    const { organization } = await box.testOrganization();
    const path = `/organizations/${organization}/sessions`;
    await box.request('POST', path, { session: openSpaceSession() }, await box.asOperator());
    const mint = async (participants: string[]) =>
      box.request('POST', `${path}/os-2007/codes`, { participants }, await box.asOperator());
    const first = await mint(['p-li']);
    expect(first.status).toBe(201);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const again = await json(await mint(['p-li', 'ghost']));
    expect(again.violations.map((v: Json) => [v.rule, v.path])).toEqual([
      ['open-space.one-code-per-participant', ['participants', 0]],
      ['open-space.known-participant', ['participants', 1]],
    ]);
  });

  it('streams the public view after each change', async () => {
    const { path, codes } = await openSpaceWithCodes(box, 1);
    const res = await box.request('GET', `${path}/events`);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const nextEvent = async () => {
      while (!/\n\n/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      const [block, ...rest] = text.split('\n\n');
      text = rest.join('\n\n');
      const data = block!.split('\n').find((line) => line.startsWith('data: '))!;
      return { block: block!, view: JSON.parse(data.slice(6)) as Json };
    };
    const initial = await nextEvent();
    expect(initial.block).toContain('event: session');
    expect(initial.view.dotsCast).toBe(0);
    await box.request('POST', `${path}/dots`, { code: codes[0]!.code, idea: 'i-lamps', dots: 2 });
    expect((await nextEvent()).view.ideas[0].dots).toBe(2);
    await reader.cancel();
  });
});
