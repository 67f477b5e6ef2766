import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { createPbElection } from '../../../test/support/pb-election-fixtures.js';
import { outcomeHash } from './pb-elections.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const zh = { 'accept-language': 'zh-CN,zh;q=0.9' };
const en = { 'accept-language': 'en' };
const HAN = /[\u4e00-\u9fff]/;

describeEachBackend('certifying the count of a PB election', (backend) => {
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

  it('keeps results provisional while paper is unreconciled, certifies once every paper ballot is, and refuses every paper entry after, localized', async () => {
    const { path, codes } = await createPbElection(box, 'pb-cert', { codes: 2, open: true });
    const [wang, zhao] = await box.credentials('officer', ['Officer Wang', 'Officer Zhao']);
    const [group] = await box.credentials('organizer', ['Coordination group']);
    const enter = (who: Record<string, string>, body: Json) =>
      box.request('POST', `${path}/paper-ballots`, body, who);
    const certify = (who: Record<string, string>, lang: Record<string, string> = en) =>
      box.request('POST', `${path}/certify`, undefined, { ...who, ...lang });
    const results = async () =>
      (await (await box.request('GET', `${path}/results`)).json()) as Json;

    // While voting is open there is nothing to certify.
    const early = await certify(group!.headers, zh);
    expect(early.status).toBe(409);
    const earlyBody = (await early.json()) as Json;
    expect(earlyBody).toMatchObject({ error: 'wrong-status', status: 'open' });
    expect(earlyBody.message).toContain('投票截止后才能认证计票结果');
    expect(((await (await certify(group!.headers)).json()) as Json).message).toContain(
      'the count is certified once voting is closed',
    );

    await box.request('POST', `${path}/ballots`, { code: codes[0]!.code, projects: ['a'] });
    await enter(wang!.headers, { number: 'P-1', projects: ['a'] });
    await enter(zhao!.headers, { number: 'P-1', projects: ['b'] });
    await enter(wang!.headers, { number: 'P-2', projects: ['c'] });
    expect((await box.request('POST', `${path}/close`, undefined, operator)).status).toBe(200);

    const provisional = await results();
    expect(provisional).toMatchObject({
      standing: 'provisional',
      certifiedAt: null,
      ballots: { total: 1, online: 1, paper: 0 },
      unreconciled: [
        { number: 'P-1', status: 'mismatched' },
        { number: 'P-2', status: 'waiting' },
      ],
    });

    // An officer enters paper; certifying is the organizers' and operators' step.
    expect((await certify(wang!.headers)).status).toBe(403);
    const blocked = await certify(group!.headers);
    expect(blocked.status).toBe(409);
    const blockedBody = (await blocked.json()) as Json;
    expect(blockedBody.error).toBe('paper-unreconciled');
    expect(blockedBody.papers).toEqual(provisional.unreconciled);
    expect(blockedBody.message).toContain('P-1 (entries differ)');
    expect(blockedBody.message).toContain('P-2 (waiting for its second entry)');
    const blockedZh = (await (await certify(group!.headers, zh)).json()) as Json;
    expect(blockedZh.message).toContain('P-1（两次录入不一致）');
    expect(blockedZh.message).toContain('P-2（等待第二次录入）');

    // Corrected and completed during the count: still provisional until certified.
    expect((await enter(zhao!.headers, { number: 'P-1', projects: ['a'] })).status).toBe(200);
    expect((await enter(zhao!.headers, { number: 'P-2', projects: ['c'] })).status).toBe(201);
    // A number no paper ballot has, typed by mistake: it keeps the count from being certified
    // until its officer withdraws it (another officer has no entry of it to withdraw).
    await enter(wang!.headers, { number: 'P-99', projects: ['b'] });
    const stuck = (await (await certify(group!.headers)).json()) as Json;
    expect(stuck.papers).toEqual([{ number: 'P-99', status: 'waiting' }]);
    const withdraw = (who: Record<string, string>, lang: Record<string, string> = en) =>
      box.request('DELETE', `${path}/paper-ballots/P-99`, undefined, { ...who, ...lang });
    const notTheirs = await withdraw(zhao!.headers, zh);
    expect(notTheirs.status).toBe(404);
    const notTheirsBody = (await notTheirs.json()) as Json;
    expect(notTheirsBody.error).toBe('no-such-entry');
    expect(notTheirsBody.message).toContain('您在本次参与式预算投票中没有录入过纸质选票 P-99');
    const withdrawn = await withdraw(wang!.headers);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({
      number: 'P-99',
      officer: wang!.id,
      paper: null,
    });
    expect(((await (await withdraw(wang!.headers)).json()) as Json).message).toContain(
      'You have no entry of paper ballot P-99',
    );
    const reconciled = await results();
    expect(reconciled).toMatchObject({
      standing: 'provisional',
      unreconciled: [],
      ballots: { total: 3, online: 1, paper: 2 },
    });

    const certified = await certify(group!.headers);
    expect(certified.status).toBe(200);
    const view = (await certified.json()) as Json;
    expect(view.certifiedAt).toEqual(expect.any(String));
    expect(view.status).toBe('closed');

    const final = await results();
    expect(final.standing).toBe('final');
    expect(final.certifiedAt).toBe(view.certifiedAt);
    expect(final.lists).toEqual(reconciled.lists);

    // The log holds the certification: who, the ballots, and the hash of the outcome published.
    const log = (await (await box.request('GET', `${path}/export/log`)).json()) as Json;
    expect(log.problems).toEqual([]);
    expect(log.log.find((e: Json) => e.kind === 'pb.paper-withdrawn').data).toEqual({
      number: 'P-99',
      officer: wang!.id,
    });
    const entry = log.log.at(-1) as Json;
    expect(entry.kind).toBe('pb.certified');
    expect(entry.data).toEqual({
      by: group!.id,
      ballots: { total: 3, online: 1, paper: 2 },
      selected: final.selected,
      outcome: outcomeHash(final.lists),
    });

    // Frozen: no entry, new or corrected, by any officer, in either language.
    for (const [lang, words] of [
      [en, /certified.*final.*no paper ballot can be entered or corrected/],
      [zh, /已于.*认证.*不能再录入或更正纸质选票/],
    ] as const) {
      for (const body of [
        { number: 'P-1', projects: ['b'] },
        { number: 'P-9', projects: ['c'] },
      ]) {
        const refused = await enter({ ...wang!.headers, ...lang }, body);
        expect(refused.status).toBe(409);
        const answer = (await refused.json()) as Json;
        expect(answer).toMatchObject({ error: 'outcome-certified', certifiedAt: view.certifiedAt });
        expect(answer.message).toMatch(words);
      }
      const late = await box.request('DELETE', `${path}/paper-ballots/P-1`, undefined, {
        ...wang!.headers,
        ...lang,
      });
      expect(late.status).toBe(409);
      expect(((await late.json()) as Json).message).toMatch(words);
    }
    expect(await results()).toEqual(final);
    const after = (await (await box.request('GET', `${path}/export/log`)).json()) as Json;
    expect(after.log).toHaveLength(log.log.length);

    // Certified once.
    const twice = await certify(operator, zh);
    expect(twice.status).toBe(409);
    const twiceBody = (await twice.json()) as Json;
    expect(twiceBody).toMatchObject({ error: 'already-certified', certifiedAt: view.certifiedAt });
    expect(twiceBody.message).toMatch(HAN);
    expect(((await (await certify(operator)).json()) as Json).message).toContain(
      'already certified',
    );

    const listed = (await (
      await box.request('GET', `/organizations/${org}/pb-elections`, undefined, operator)
    ).json()) as Json;
    expect(listed.items[0]).toMatchObject({ id: 'pb-cert', certifiedAt: view.certifiedAt });
  });

  it('refuses to certify a draft, and certifies an election with no paper at all', async () => {
    const { path, codes } = await createPbElection(box, 'pb-online', { codes: 1 });
    const draft = await box.request('POST', `${path}/certify`, undefined, { ...operator, ...zh });
    expect(draft.status).toBe(409);
    expect(((await draft.json()) as Json).message).toMatch(HAN);
    await box.request('POST', `${path}/open`, undefined, operator);
    await box.request('POST', `${path}/ballots`, { code: codes[0]!.code, projects: ['b'] });
    await box.request('POST', `${path}/close`, undefined, operator);
    expect((await box.request('POST', `${path}/certify`, undefined, operator)).status).toBe(200);
    const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(results).toMatchObject({ standing: 'final', ballots: { total: 1, paper: 0 } });
    expect((await box.request('POST', `${path}-none/certify`, undefined, operator)).status).toBe(
      404,
    );
  });

  it('answers the exact EJR and PJR checks of each list with the results', async () => {
    const sheet = {
      title: { en: 'Committee', 'zh-CN': '委员会' },
      rules: { format: 'approval' },
      budget: 3,
      projects: ['a', 'b', 'c', 'd'].map((id) => ({ id, cost: 1 })),
    };
    const { path, codes } = await createPbElection(box, 'pb-ejr', {
      sheet,
      codes: 11,
      open: true,
      rule: { name: 'greedy' },
    });
    for (const [i, code] of codes.entries()) {
      const projects = i < 7 ? ['a', 'b', 'c'] : ['d'];
      await box.request('POST', `${path}/ballots`, { code: code.code, projects });
    }
    await box.request('POST', `${path}/close`, undefined, operator);
    const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(results.selected).toEqual(['a', 'b', 'c']);
    const [ejr, pjr] = results.lists[0].representation as Json[];
    expect(ejr).toMatchObject({ property: 'ejr', utility: 'cost', status: 'violated' });
    expect(ejr!.witness).toMatchObject({ projects: ['d'], voters: 4, votersNeeded: 4 });
    expect(ejr!.message.en).toEqual(expect.any(String));
    expect(ejr!.message['zh-CN']).toMatch(HAN);
    expect(pjr).toMatchObject({ property: 'pjr', status: 'violated' });
  });
});
