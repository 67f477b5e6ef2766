import { afterEach, beforeEach, expect, it } from 'vitest';
import { parsePabulib } from '@qingyuan/core';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { createPbElection, knapsackSheet } from '../../../test/support/pb-election-fixtures.js';
import { censusHash } from '../../pb/census-hash.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const zh = { 'accept-language': 'zh-CN,zh;q=0.9' };

describeEachBackend('PB elections in the ballot box', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  let org: string;
  let operator: Record<string, string>;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store, { pdfFont: false });
    org = (await box.testOrganization()).organization;
    operator = await box.asOperator();
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('creates an election only for its organisation’s operators and organizers, refusing every unknown field and every sheet problem, localized', async () => {
    const url = `/organizations/${org}/pb-elections`;
    const body = { id: 'pb-1', sheet: knapsackSheet(), rule: { name: 'greedy' } };
    expect((await box.request('POST', url, body)).status).toBe(401);
    const [auditor] = await box.bearers('auditor', ['Li Na']);
    expect((await box.request('POST', url, body, auditor)).status).toBe(403);
    const stranger = await box.repository.createOrganization('Elsewhere');
    const foreign = { authorization: `Bearer ${stranger.operatorKey}` };
    expect((await box.request('POST', url, body, foreign)).status).toBe(403);

    const sheet = knapsackSheet();
    sheet.projects[1].colour = 'red';
    sheet.projects[3].district = 'south';
    sheet.rules.minLength = 5;
    sheet.rules.maxLength = 2;
    const refused = await box.request('POST', url, { ...body, sheet }, { ...operator, ...zh });
    expect(refused.status).toBe(400);
    const { problems } = (await refused.json()) as Json;
    expect(problems.map((p: Json) => p.pointer)).toEqual([
      '/sheet/projects/1/colour',
      '/sheet/projects/3/district',
      '/sheet/rules/minLength',
    ]);
    expect(problems[1].message).toContain('south');
    expect(problems[1].message).toMatch(/[\u4e00-\u9fff]/);

    const [organizer] = await box.bearers('organizer', ['Coordination group']);
    const created = await box.request('POST', url, body, organizer);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      id: 'pb-1',
      status: 'draft',
      rule: { name: 'greedy', utility: 'cost' },
      voters: { codes: 0, census: 0, voted: 0 },
    });
    expect((await box.request('POST', url, body, operator)).status).toBe(409);
  });

  it('names a refused sheet field whose key holds "/" or "~" by an escaped JSON Pointer', async () => {
    const url = `/organizations/${org}/pb-elections`;
    const sheet = knapsackSheet();
    sheet.projects[0]['a/b~c'] = true;
    const refused = await box.request(
      'POST',
      url,
      { id: 'pb-1', sheet, rule: { name: 'greedy' } },
      operator,
    );
    expect(refused.status).toBe(400);
    const { problems } = (await refused.json()) as Json;
    expect(problems).toMatchObject([
      { path: ['sheet', 'projects', 0, 'a/b~c'], pointer: '/sheet/projects/0/a~1b~0c' },
    ]);
  });

  it('lists an organisation’s PB elections page by page, to its operators, organizers and officers only', async () => {
    const url = `/organizations/${org}/pb-elections`;
    for (const id of ['pb-c', 'pb-a', 'pb-b']) await createPbElection(box, id);
    expect((await box.request('GET', url)).status).toBe(401);
    const [auditor] = await box.bearers('auditor', ['Li Na']);
    expect((await box.request('GET', url, undefined, auditor)).status).toBe(403);
    const stranger = await box.repository.createOrganization('Elsewhere');
    const foreign = { authorization: `Bearer ${stranger.operatorKey}` };
    expect((await box.request('GET', url, undefined, foreign)).status).toBe(403);
    const strangers = await box.request(
      'GET',
      `/organizations/${stranger.organization.id}/pb-elections`,
      undefined,
      foreign,
    );
    expect(await strangers.json()).toEqual({ items: [], next: null });

    const first = (await (
      await box.request('GET', `${url}?limit=2`, undefined, operator)
    ).json()) as Json;
    expect(first.items.map((item: Json) => item.id)).toEqual(['pb-a', 'pb-b']);
    expect(first.next).toBe('pb-b');
    expect(first.items[0]).toMatchObject({
      title: { 'zh-CN': '社区微更新', en: 'Neighbourhood budget' },
      status: 'draft',
      rule: { name: 'equal-shares' },
    });
    expect(first.items[0]).not.toHaveProperty('sheet');
    const [organizer] = await box.bearers('organizer', ['Coordination group']);
    const rest = (await (
      await box.request('GET', `${url}?after=${first.next}`, undefined, organizer)
    ).json()) as Json;
    expect(rest).toMatchObject({ items: [{ id: 'pb-c' }], next: null });
    // Officers find the election whose paper ballots they enter.
    const [officer] = await box.bearers('officer', ['Officer Wang']);
    const seen = await box.request('GET', url, undefined, officer);
    expect(seen.status).toBe(200);
    expect(((await seen.json()) as Json).items).toHaveLength(3);
  });

  it('locks the format, limits and rule once voting opens; casts one ballot per code with a receipt; lists every violation', async () => {
    const { path, codes } = await createPbElection(box, 'pb-2', { codes: 3 });
    const patch = { rule: { name: 'greedy', utility: 'cardinality' } };
    expect((await box.request('PATCH', path, patch, operator)).status).toBe(200);
    const ballot = { code: codes[0]!.code, projects: ['a', 'c'] };
    const early = await box.request('POST', `${path}/ballots`, ballot);
    expect(early.status).toBe(409);
    expect(((await early.json()) as Json).error).toBe('wrong-status');
    expect((await box.request('POST', `${path}/open`, undefined, operator)).status).toBe(200);
    const locked = await box.request(
      'PATCH',
      path,
      { rule: { name: 'equal-shares' } },
      { ...operator, ...zh },
    );
    expect(locked.status).toBe(409);
    expect(((await locked.json()) as Json).message).toContain('锁定');
    const stillGreedy = (await (await box.request('GET', path)).json()) as Json;
    expect(stillGreedy.rule).toEqual({ name: 'greedy', utility: 'cardinality' });

    const key = { 'idempotency-key': 'k-1' };
    const cast = await box.request('POST', `${path}/ballots`, ballot, key);
    expect(cast.status).toBe(201);
    const answer = (await cast.json()) as Json;
    expect(answer.receipt).toMatch(/^[0-9a-f]{64}$/);
    const replay = await box.request('POST', `${path}/ballots`, ballot, key);
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as Json).receipt).toBe(answer.receipt);
    const other = { ...ballot, projects: ['b'] };
    expect((await box.request('POST', `${path}/ballots`, other, key)).status).toBe(422);
    const again = await box.request('POST', `${path}/ballots`, other, { 'idempotency-key': 'k-2' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error).toBe('already-voted');

    const bad = await box.request(
      'POST',
      `${path}/ballots`,
      { code: codes[1]!.code, district: 'north', projects: ['a', 'b', 'c', 'n1', 'n2', 'zz'] },
      zh,
    );
    expect(bad.status).toBe(409);
    const { violations } = (await bad.json()) as Json;
    expect(violations.map((v: Json) => v.rule).sort()).toEqual([
      'pb-ballot.over-budget',
      'pb-ballot.over-budget',
      'pb-ballot.unknown-project',
    ]);
    expect(violations[0].message).toMatch(/[\u4e00-\u9fff]/);
    const unknown = await box.request('POST', `${path}/ballots`, {
      code: 'ZZZZ-ZZZZ',
      projects: ['a'],
    });
    expect(unknown.status).toBe(401);
    const strict = await box.request('POST', `${path}/ballots`, { ...ballot, extra: 1 });
    expect(strict.status).toBe(400);
  });

  it('lets census members vote with their identifier, hashed by the organizer', async () => {
    const { path } = await createPbElection(box, 'pb-3');
    const census = await box.request(
      'POST',
      `${path}/census`,
      { hashes: [censusHash('ID-0001'), censusHash('id-0002'), censusHash('ID-0001')] },
      operator,
    );
    expect(census.status).toBe(201);
    expect(await census.json()).toMatchObject({ added: 2, census: 2 });
    await box.request('POST', `${path}/open`, undefined, operator);
    const vote = await box.request('POST', `${path}/ballots`, {
      code: ' id-0002 ',
      projects: ['b'],
    });
    expect(vote.status).toBe(201);
    const twice = await box.request('POST', `${path}/ballots`, {
      code: 'ID-0002',
      projects: ['c'],
    });
    expect(twice.status).toBe(409);
  });

  it('tells a voter’s page whether a code or census identifier may vote, and nothing about any other voter', async () => {
    const { path, codes } = await createPbElection(box, 'pb-check', { codes: 2 });
    await box.request('POST', `${path}/census`, { hashes: [censusHash('ID-0001')] }, operator);
    await box.request('POST', `${path}/open`, undefined, operator);
    const check = async (code: string) => {
      const res = await box.request('POST', `${path}/codes/check`, { code });
      expect(res.status).toBe(200);
      return ((await res.json()) as Json).result;
    };
    expect(await check(codes[0]!.code)).toBe('valid');
    expect(await check(codes[0]!.code.toLowerCase())).toBe('valid');
    expect(await check(' id-0001 ')).toBe('valid');
    expect(await check('ZZZZ-ZZZZ-ZZZZ')).toBe('not-valid');
    await box.request('POST', `${path}/ballots`, { code: codes[0]!.code, projects: ['a'] });
    expect(await check(codes[0]!.code)).toBe('already-used');
    expect(await check(codes[1]!.code)).toBe('valid');

    const strict = await box.request('POST', `${path}/codes/check`, { code: 'x', extra: 1 }, zh);
    expect(strict.status).toBe(400);
    const elsewhere = await box.request('POST', `${path}-none/codes/check`, { code: 'x' });
    expect(elsewhere.status).toBe(404);

    // Checks and ballots spend the same per-code tokens: guessing is no cheaper here.
    const limited = new TestBox(store, { perCode: { burst: 2, perSecond: 0.001 } });
    const code = codes[1]!.code;
    expect((await limited.request('POST', `${path}/codes/check`, { code })).status).toBe(200);
    expect((await limited.request('POST', `${path}/codes/check`, { code })).status).toBe(200);
    const third = await limited.request('POST', `${path}/ballots`, { code, projects: ['a'] });
    expect(third.status).toBe(429);
  });

  it('counts a paper ballot only once two different officers entered it alike, lists every mismatch, and says how many ballots came from paper', async () => {
    const { path, codes } = await createPbElection(box, 'pb-4', { codes: 3, open: true });
    const [first, second] = await box.bearers('officer', ['Officer Wang', 'Officer Zhao']);
    const [auditor] = await box.bearers('auditor', ['Li Na']);
    const enter = (who: Record<string, string>, body: Json) =>
      box.request('POST', `${path}/paper-ballots`, body, who);
    expect((await enter(auditor!, { number: 'P-1', projects: ['a'] })).status).toBe(403);
    expect((await enter({}, { number: 'P-1', projects: ['a'] })).status).toBe(401);
    const whoAmI = await box.request('GET', `/organizations/${org}`, undefined, first);
    expect(((await whoAmI.json()) as Json).you).toMatchObject({
      role: 'officer',
      label: 'Officer Wang',
    });
    expect((await enter(first!, { number: 'P-1', projects: ['c', 'a'] })).status).toBe(201);
    // The same officer twice is still one entry.
    const same = await enter(first!, { number: 'P-1', projects: ['a', 'c'] });
    expect(same.status).toBe(200);
    expect(((await same.json()) as Json).paper.status).toBe('waiting');
    const matched = await enter(second!, { number: 'P-1', projects: ['c', 'a'] });
    expect(((await matched.json()) as Json).paper.status).toBe('matched');
    await enter(first!, { number: 'P-2', projects: ['b'] });
    await enter(second!, { number: 'P-2', district: 'north', projects: ['c'] });
    const tooDear = await enter(second!, { number: 'P-3', projects: ['a', 'b', 'c'] });
    expect(tooDear.status).toBe(409);
    const reconciliation = (await (
      await box.request('GET', `${path}/reconciliation`, undefined, first)
    ).json()) as Json;
    expect(reconciliation.totals).toEqual({ entered: 2, matched: 1, mismatched: 1, waiting: 0 });
    const p2 = reconciliation.papers.find((p: Json) => p.number === 'P-2');
    expect(p2.mismatches.map((m: Json) => m.field)).toEqual(['district', 'projects']);
    expect(p2.mismatches[1].entries.map((e: Json) => e.value)).toEqual([['b'], ['c']]);

    await box.request('POST', `${path}/ballots`, { code: codes[0]!.code, projects: ['b'] });
    expect((await box.request('GET', `${path}/results`)).status).toBe(409);
    expect((await box.request('POST', `${path}/close`, undefined, operator)).status).toBe(200);
    const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(results.ballots).toEqual({ total: 2, online: 1, paper: 1 });
    expect(results.paper.mismatched).toBe(1);
    // The officer who typed it wrong corrects their entry after the close: it counts now.
    await enter(second!, { number: 'P-2', projects: ['b'] });
    const recount = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(recount.ballots).toEqual({ total: 3, online: 1, paper: 2 });
    expect(recount.lists[0].approvals).toEqual({ a: 1, b: 2, c: 1 });
  });

  it('serves the results, the Equal Shares explanation per project and per receipt, the .pb export and the verified log', async () => {
    const { path, codes } = await createPbElection(box, 'pb-5', {
      codes: 5,
      open: true,
      rule: { name: 'equal-shares', completion: 'greedy' },
    });
    const votes = [['a'], ['a'], ['a'], ['b'], ['b']];
    const receipts: string[] = [];
    for (const [i, projects] of votes.entries()) {
      const res = await box.request('POST', `${path}/ballots`, { code: codes[i]!.code, projects });
      receipts.push(((await res.json()) as Json).receipt as string);
    }
    await box.request('POST', `${path}/close`, undefined, operator);
    const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    // Each voter holds 20: a's three voters buy it (60); b's two hold 40 of its 40: bought too.
    // District north's list has no voters: greedy completion (core's, as pabutools) funds n1.
    expect(results.selected).toEqual(['a', 'b', 'n1']);
    expect(results.lists[1]).toMatchObject({ district: 'north', voters: 0, selected: ['n1'] });
    expect(results.lists[0]).toMatchObject({ district: null, budget: 100, cost: 100, voters: 5 });
    expect(results.lists[0].analytics.nonEmptyHanded).toBe('1');
    const why = (await (
      await box.request('GET', `${path}/explanation?project=c`, undefined, zh)
    ).json()) as Json;
    expect(why.project).toMatchObject({
      status: 'unfunded',
      unfunded: { reason: 'no-supporters' },
    });
    expect(why.project.text).toMatch(/[\u4e00-\u9fff]/);
    const mine = (await (
      await box.request('GET', `${path}/explanation?receipt=${receipts[0]!}`)
    ).json()) as Json;
    expect(mine.shares[0].share).toMatchObject({ approved: ['a'], voters: 3, spent: 20 });
    expect((await box.request('GET', `${path}/explanation?receipt=${'0'.repeat(64)}`)).status).toBe(
      404,
    );
    const exported = await box.request('GET', `${path}/export/pabulib`);
    expect(exported.headers.get('content-type')).toContain('text/plain');
    const parsed = parsePabulib(await exported.text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.votes).toHaveLength(5);
    expect(parsed.value.meta.rule).toBe('equalshares');
    expect(parsed.value.projects.filter((p) => p.extra.selected === '1').map((p) => p.id)).toEqual([
      'a',
      'b',
      'n1',
    ]);
    const log = (await (await box.request('GET', `${path}/export/log`)).json()) as Json;
    expect(log.problems).toEqual([]);
    expect(
      log.log.filter((e: Json) => e.kind === 'pb.ballot-cast').map((e: Json) => e.data.receipt),
    ).toEqual(receipts);
  });

  it('takes one ballot from a code sent twice at once, and hides other organisations’ elections', async () => {
    const { path, codes } = await createPbElection(box, 'pb-6', { codes: 1, open: true });
    const sends = await Promise.all(
      ['a', 'b', 'c'].map((project) =>
        box.request('POST', `${path}/ballots`, { code: codes[0]!.code, projects: [project] }),
      ),
    );
    expect(sends.map((res) => res.status).sort()).toEqual([201, 409, 409]);
    const view = (await (await box.request('GET', path)).json()) as Json;
    expect(view.voters).toEqual({ codes: 1, census: 0, voted: 1 });
    const stranger = await box.repository.createOrganization('Elsewhere');
    const elsewhere = path.replace(org, stranger.organization.id);
    expect((await box.request('GET', elsewhere)).status).toBe(404);
    expect((await box.request('GET', `${path}-nope/results`)).status).toBe(404);
    const foreign = { authorization: `Bearer ${stranger.operatorKey}` };
    const opened = await box.request('POST', `${elsewhere}/close`, undefined, foreign);
    expect(opened.status).toBe(404);
    expect((await box.request('GET', path)).status).toBe(200);
  });
});
