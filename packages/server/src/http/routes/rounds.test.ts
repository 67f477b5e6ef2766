import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectEvent } from '@qingyuan/core';
import {
  jinhualiExecutionHistory,
  pilotApplications,
  pilotBodies,
  pilotDecision,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import {
  bearer,
  decided,
  decisionBody,
  newRound,
  pilotBox,
  reviewed,
  zh,
  type Pilot,
} from '../../../test/support/pilot-round.js';
import { projectEventRoles } from '../access/roles.js';
import { verifyRoundExport, type RoundExport } from '../../verify/verify-round-export.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The events of Jinhuali's execution after its approval. */
const afterApproval = jinhualiExecutionHistory.slice(
  jinhualiExecutionHistory.findIndex((event) => event.type === 'approved') + 1,
);

describeEachBackend('a round as resources: from applications to the closed project', (backend) => {
  let store: TestDatabase;
  let pilot: Pilot;

  beforeEach(async () => {
    store = await backend.open();
    pilot = await pilotBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('records applications, vettings and a review; builds the agenda from the vetted ones', async () => {
    const { box, keys, at, base } = pilot;
    const receipts = await reviewed(pilot);
    expect(receipts[0]).toMatchObject({ round: pilotRound.id, seq: 2 });
    const agenda = (await (
      await box.request('GET', `${at}/agenda`, undefined, bearer(keys.organizer))
    ).json()) as Json;
    expect(agenda.projects.map((p: Json) => p.id)).toEqual(pilotApplications.map((a) => a.id));
    expect(agenda.notVetted).toEqual([]);
    const projects = (await (
      await box.request('GET', `${at}/projects?limit=2`, undefined, bearer(keys.auditor))
    ).json()) as Json;
    expect(projects.items).toHaveLength(2);
    expect(projects.items[0].status).toBe('in-review');
    const rest = (await (
      await box.request(
        'GET',
        `${at}/projects?after=${projects.next}`,
        undefined,
        bearer(keys.auditor),
      )
    ).json()) as Json;
    expect(rest.next).toBeNull();
    expect([...projects.items, ...rest.items].map((p: Json) => p.id).sort()).toEqual(
      pilotApplications.map((a) => a.id).sort(),
    );
    const list = (await (
      await box.request('GET', base, undefined, bearer(keys.applicant))
    ).json()) as Json;
    expect(list.items.map((r: Json) => r.id)).toEqual([pilotRound.id]);
  });

  it('refuses a returned vetting without reasons with every violation, in Chinese when asked', async () => {
    const { box, keys, at } = pilot;
    const [application] = pilotApplications;
    await box.request(
      'POST',
      `${at}/applications`,
      { application, by: 'p-li' },
      bearer(keys.applicant),
    );
    const vetting = { ...pilotVettings[0]!, outcome: 'returned', by: 'p-li' };
    const res = await box.request('POST', `${at}/vettings`, { vetting }, bearer(keys.center, zh));
    expect(res.status).toBe(409);
    const body = (await res.json()) as Json;
    expect(body.message).toBe('请求违反了本轮次的规则');
    expect(body.violations.map((v: Json) => [v.rule, v.path])).toEqual([
      ['vetting.by-service-center', ['vetting', 'by']],
      ['vetting.reasons', ['vetting', 'reasons']],
    ]);
    expect(body.violations[1].message).toContain('需写明理由');
  });

  it('decides the funding from the published ranking and approves the funded projects', async () => {
    const { box, keys, at } = pilot;
    await reviewed(pilot);
    // Before the summary sheet is signed off, the decision breaks core's rule.
    const early = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center),
    );
    expect(early.status).toBe(409);
    expect(((await early.json()) as Json).violations.map((v: Json) => v.rule)).toContain(
      'decision.summary-signed-off',
    );
    await box.request(
      'POST',
      `${at}/summary-sheets`,
      { sheet: pilotSummarySheet },
      bearer(keys.supervisor),
    );
    const res = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as Json;
    expect(body.decision.grants).toEqual(pilotDecision.grants);
    expect(body.projects.map((p: Json) => p.status)).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
    ]);
    const project = (await (
      await box.request('GET', `${at}/projects/jinhuali-home`, undefined, bearer(keys.organizer))
    ).json()) as Json;
    expect(project.status).toBe('approved');
    expect(project.granted).toEqual({ amount: 1000000, currency: 'CNY' });
  });

  it('records the manual overrides and opinions of a decision, and refuses an override of no project', async () => {
    const { box, keys, at } = pilot;
    await reviewed(pilot);
    await box.request(
      'POST',
      `${at}/summary-sheets`,
      { sheet: pilotSummarySheet },
      bearer(keys.supervisor),
    );
    const reason = { 'zh-CN': '专家建议先试点半年', en: 'Experts advised a six-month pilot first' };
    const stranger = await box.request(
      'POST',
      `${at}/funding-decisions`,
      { ...decisionBody, overrides: [{ project: 'nope', granted: 1, by: 'p-center', reason }] },
      bearer(keys.center),
    );
    expect(stranger.status).toBe(409);
    expect(((await stranger.json()) as Json).violations[0].path[0]).toBe('overrides');
    const halved = { project: 'jinhuiyuan-efamily', granted: 300000, by: 'p-center', reason };
    const res = await box.request(
      'POST',
      `${at}/funding-decisions`,
      { ...decisionBody, overrides: [halved] },
      bearer(keys.center),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const body = (await res.json()) as Json;
    expect(body.decision.departures).toEqual([{ project: halved.project, by: 'p-center', reason }]);
    expect(body.decision.opinions).toEqual(pilotDecision.opinions);
    expect(body.differences).toMatchObject([{ project: halved.project, final: 300000 }]);
    const project = (await (
      await box.request('GET', `${at}/projects/${halved.project}`, undefined, bearer(keys.center))
    ).json()) as Json;
    expect(project.granted).toEqual({ amount: 300000, currency: 'CNY' });
  });

  it('records one of two racing funding decisions and refuses the other with 409', async () => {
    const { box, keys, at } = pilot;
    await reviewed(pilot);
    await box.request(
      'POST',
      `${at}/summary-sheets`,
      { sheet: pilotSummarySheet },
      bearer(keys.supervisor),
    );
    const [a, b] = await Promise.all([
      box.request('POST', `${at}/funding-decisions`, decisionBody, bearer(keys.center)),
      box.request(
        'POST',
        `${at}/funding-decisions`,
        { ...decisionBody, id: 'fd-2007-b' },
        bearer(keys.center),
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const refused = (await (a.status === 409 ? a : b).json()) as Json;
    expect(refused.violations[0].rule).toBe('ballot-box.one-decision-per-meeting');
    const exported = (await (
      await box.request('GET', `${at}/export`, undefined, bearer(keys.auditor))
    ).json()) as RoundExport;
    expect(exported.decisions).toHaveLength(1);
  });

  it('runs Jinhuali’s execution to closing, each event by its role, signatures by signing codes', async () => {
    const { box, keys, at, org } = pilot;
    await decided(pilot);
    const repo = box.repository;
    const byRole: Record<string, string> = {
      applicant: keys.applicant,
      organizer: keys.organizer,
      'service-center': keys.center,
      supervisor: keys.supervisor,
      auditor: keys.auditor,
    };
    const receipts: Json[] = [];
    for (const event of afterApproval) {
      let res: Response;
      if (event.type === 'contract-signed') {
        const [code] = await repo.mintCredentials(
          org,
          'team-member',
          [event.payload.member],
          pilotRound.id,
        );
        res = await box.request('POST', `${at}/projects/jinhuali-home/events`, {
          code: code!.secret,
          event,
        });
        // The same code again is refused: it signs once.
        const again = await box.request('POST', `${at}/projects/jinhuali-home/events`, {
          code: code!.secret,
          event: { ...event, at: '2007-10-12T09:00:00+08:00' },
        });
        expect(again.status).toBe(409);
        expect(((await again.json()) as Json).violations.map((v: Json) => v.rule)).toContain(
          'ballot-box.signing-code-once',
        );
      } else {
        const role = projectEventRoles[event.type][0]!;
        res = await box.request(
          'POST',
          `${at}/projects/jinhuali-home/events`,
          { event },
          bearer(byRole[role]!),
        );
      }
      expect(res.status, `${event.type}: ${await res.clone().text()}`).toBe(201);
      receipts.push(((await res.json()) as Json).receipt);
    }
    const project = (await (
      await box.request('GET', `${at}/projects/jinhuali-home`, undefined, bearer(keys.supervisor))
    ).json()) as Json;
    expect(project.status).toBe('closed');

    const view = (await (
      await box.request('GET', `${at}/projects/jinhuali-home/public`)
    ).json()) as Json;
    expect(view.status).toBe('closed');
    expect(view.grant).toEqual({ amount: 1000000, currency: 'CNY' });
    expect(view.spent.amount).toBeGreaterThan(0);
    expect(view.spent.amount).toBeLessThanOrEqual(view.grant.amount);
    expect(view.indicators.every((i: Json) => i.measuredBy === 'final')).toBe(true);
    // The expense lines (no receipts), the scope change with its asker's role, no termination.
    expect(view.expenses.map((e: Json) => e.id)).toEqual(['x-shelves', 'x-toys', 'x-mending']);
    expect(view.expenses.some((e: Json) => 'receipt' in e)).toBe(false);
    expect(view.changes).toEqual([
      expect.objectContaining({
        id: 'chg-mending',
        requestedBy: 'overall-lead',
        status: 'approved',
      }),
    ]);
    expect(view.termination).toBeNull();
    // Roles only: no name, no participant id of a team member.
    const text = JSON.stringify(view);
    for (const person of ['p-zhao', 'p-wang', 'p-li', '王阿姨', '赵会计'])
      expect(text).not.toContain(person);

    const exported = (await (
      await box.request('GET', `${at}/export`, undefined, bearer(keys.auditor))
    ).json()) as RoundExport;
    const report = verifyRoundExport(exported, { receipts: receipts as never });
    expect(report.problems).toEqual([]);
    expect(report.receipts.every((r) => r.inLog)).toBe(true);
    // The Open Space session Jinhuali's application came from travels with the round, its log
    // chained; an idea taken out of it is found.
    expect(exported.openSpace!.map((s) => s.session.id)).toEqual(['os-qingyuan-2007']);
    expect(exported.openSpace![0]!.log[0]!.kind).toBe('session.created');
    const withoutIdea = structuredClone(exported);
    const session = withoutIdea.openSpace![0]!.session;
    session.ideas = session.ideas.filter((idea) => idea.id !== 'i-love-supermarket');
    expect(verifyRoundExport(withoutIdea).problems.map((p) => p.check)).toEqual(['open-space']);
    // A changed expense is found, however the document is edited.
    const tampered = structuredClone(exported);
    const history = tampered.projects.find((p) => p.id === 'jinhuali-home')!.history;
    const expense = history.find(
      (e): e is Extract<ProjectEvent, { type: 'expense-recorded' }> =>
        e.type === 'expense-recorded',
    )!;
    expense.payload.expense.amount.amount += 100;
    expect(verifyRoundExport(tampered).problems.map((p) => p.check)).toEqual(['documents']);
    const entry = tampered.log.find((e) => e.kind === 'project.event')!;
    (entry.data as Json).credential = 'cred-forged';
    expect(verifyRoundExport(tampered).problems.map((p) => p.check)).toContain('chain');
  });

  it('lets nobody post what the role table does not give them, in their language', async () => {
    const { box, keys, at, org } = pilot;
    await decided(pilot);
    const teamFormed = afterApproval.find((e) => e.type === 'team-formed')!;
    const path = `${at}/projects/jinhuali-home/events`;
    const auditor = await box.request(
      'POST',
      path,
      { event: teamFormed },
      bearer(keys.auditor, zh),
    );
    expect(auditor.status).toBe(403);
    expect(((await auditor.json()) as Json).message).toContain(
      'auditor 角色凭证不能提交 team-formed 事件',
    );
    // Another applicant's credential: not its project.
    const other = await box.request(
      'POST',
      path,
      { event: teamFormed },
      bearer(keys.otherApplicant),
    );
    expect(other.status).toBe(403);
    expect(await box.request('POST', path, { event: teamFormed }).then((r) => r.status)).toBe(401);
    const formed = await box.request('POST', path, { event: teamFormed }, bearer(keys.applicant));
    expect(formed.status).toBe(201);
    // A member signs only for themselves: Wang's code cannot sign Zhao's contract.
    const [wang] = await box.repository.mintCredentials(org, 'team-member', ['p-wang']);
    const zhaoSigns = afterApproval.find((e) => e.type === 'contract-signed' && e.by === 'p-zhao')!;
    const forOther = await box.request('POST', path, { code: wang!.secret, event: zhaoSigns });
    expect(forOther.status).toBe(403);
    const unknown = await box.request('POST', path, { code: 'AAAA-BBBB-CCCC', event: zhaoSigns });
    expect(unknown.status).toBe(401);
    // Core's rules still apply to the holder's own signature: the team rule names the member.
    const wangSigns = afterApproval.find((e) => e.type === 'contract-signed' && e.by === 'p-wang')!;
    const retried = { code: wang!.secret, event: wangSigns };
    const first = await box.request('POST', path, retried, { 'idempotency-key': 'sign-wang' });
    expect(first.status).toBe(201);
    const replay = await box.request('POST', path, retried, { 'idempotency-key': 'sign-wang' });
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as Json).receipt).toEqual(((await first.json()) as Json).receipt);
  });

  it('keeps organisations and rounds apart, and refuses unknown fields', async () => {
    const { box, keys, at, base, org } = pilot;
    const elsewhere = await box.repository.createOrganization('Elsewhere');
    expect((await box.request('GET', at, undefined, bearer(elsewhere.operatorKey))).status).toBe(
      403,
    );
    expect((await box.request('GET', base)).status).toBe(401);
    expect(
      (await box.request('GET', `${base}/nope`, undefined, bearer(keys.organizer))).status,
    ).toBe(404);
    const other = { ...newRound, id: 'qingyuan-2008', year: 2008 };
    const created = await box.request(
      'POST',
      base,
      { round: other, bodies: pilotBodies },
      bearer(keys.organizer),
    );
    expect(created.status).toBe(201);
    const mint = (round: string) =>
      box.request(
        'POST',
        `/organizations/${org}/credentials`,
        { role: 'auditor', labels: ['2008 only'], round },
        bearer(keys.operator),
      );
    expect((await mint('qingyuan-1999')).status).toBe(404);
    const minted = (await (await mint('qingyuan-2008')).json()) as Json;
    const scoped = minted.credentials[0] as { secret: string; round: string };
    expect(scoped.round).toBe('qingyuan-2008');
    expect((await box.request('GET', at, undefined, bearer(scoped!.secret))).status).toBe(403);
    expect(
      (await box.request('GET', `${base}/qingyuan-2008`, undefined, bearer(scoped!.secret))).status,
    ).toBe(200);
    const listed = (await (
      await box.request('GET', base, undefined, bearer(scoped!.secret))
    ).json()) as Json;
    expect(listed.items.map((r: Json) => r.id)).toEqual(['qingyuan-2008']);
    const duplicate = await box.request(
      'POST',
      base,
      { round: other, bodies: pilotBodies },
      bearer(keys.operator),
    );
    expect(duplicate.status).toBe(409);
    const unknown = await box.request(
      'POST',
      base,
      { round: { ...other, id: 'x-2009', yaer: 2009 }, bodies: pilotBodies },
      bearer(keys.operator),
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Json).problems[0].path).toEqual(['round', 'yaer']);
    const extra = await box.request(
      'POST',
      `${at}/vettings`,
      { vetting: pilotVettings[0], note: 1 },
      bearer(keys.center),
    );
    expect(extra.status).toBe(400);
    expect(
      (await box.request('POST', base, { round: other, bodies: pilotBodies }, bearer(keys.auditor)))
        .status,
    ).toBe(403);
  });
});

describe('the role table covers the pilot execution', () => {
  it('has a role for every event of Jinhuali’s execution after the approval', () => {
    for (const event of afterApproval)
      expect(projectEventRoles[event.type].length).toBeGreaterThan(0);
  });
});

describeEachBackend('a funding decision from another site', (backend) => {
  it('lets the service center’s page on another origin decide, and read the box’s refusal (CORS)', async () => {
    const store = await backend.open();
    try {
      const pilot = await pilotBox(store);
      await reviewed(pilot);
      const sheet = await pilot.box.request(
        'POST',
        `${pilot.at}/summary-sheets`,
        { sheet: pilotSummarySheet },
        bearer(pilot.keys.supervisor),
      );
      expect(sheet.status).toBe(201);
      const origin = { origin: 'https://ngo.example' };
      const route = `${pilot.at}/funding-decisions`;
      const preflight = await pilot.box.app.request(route, {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, idempotency-key',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const first = await pilot.box.request(
        'POST',
        route,
        decisionBody,
        bearer(pilot.keys.center, origin),
      );
      expect(first.status, await first.clone().text()).toBe(201);
      expect(first.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      const again = await pilot.box.request(
        'POST',
        route,
        { ...decisionBody, id: 'fd-again' },
        bearer(pilot.keys.center, { ...origin, ...zh }),
      );
      expect(again.status).toBe(409);
      expect(again.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      expect(JSON.stringify(await again.json())).toContain('已有资助决定');
    } finally {
      await store.dispose();
    }
  });
});

describeEachBackend('a round read and signed from another site', (backend) => {
  it('lets any page read a funded project’s public view and send a signature (CORS)', async () => {
    const store = await backend.open();
    try {
      const pilot = await pilotBox(store);
      await decided(pilot);
      const origin = { origin: 'https://ngo.example' };
      const view = await pilot.box.request(
        'GET',
        `${pilot.at}/projects/jinhuali-home/public`,
        undefined,
        origin,
      );
      expect(view.status).toBe(200);
      expect(view.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      const preflight = await pilot.box.app.request(`${pilot.at}/projects/jinhuali-home/events`, {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://ngo.example');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
      // A project that was not funded has no public view.
      const draft = await pilot.box.request('GET', `${pilot.at}/projects/nope/public`);
      expect(draft.status).toBe(404);
    } finally {
      await store.dispose();
    }
  });
});
