import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@qingyuan/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarySheetFrom, type ReviewMeeting, type TallyResult } from '@qingyuan/core';
import { binheDongliDraft } from '../src/data/pilot-applications.js';
import { workRecords } from '../src/data/project-histories.js';
import { seedDemo, type DemoSession } from './demo-session.js';

const operatorKey = 'demo-round-test-operator-key-0123456789';

describe('the demo round seeded on the ballot box', () => {
  let dir: string;
  let server: RunningServer;
  let session: DemoSession;
  const box = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qy-demo-round-'));
    server = await startServer({ database: { file: join(dir, 'demo.db') }, port: 0, operatorKey });
    session = await seedDemo(box, operatorKey);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts the four pilot applications, submitted and vetted, on the demo meeting’s agenda', async () => {
    const { organization, id, roles } = session.round;
    const res = await box(`/organizations/${organization}/rounds/${id}/projects`, {
      headers: { authorization: `Bearer ${roles.auditor}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; status: string }[] };
    expect(body.items.map((p) => [p.id, p.status])).toEqual([
      ['jinhuali-home', 'in-review'],
      ['jinhuiyuan-efamily', 'in-review'],
      ['xinghuayuan-children', 'in-review'],
      ['yuhuayuan-culture', 'in-review'],
    ]);
    const round = (await (
      await box(`/organizations/${organization}/rounds/${id}`, {
        headers: { authorization: `Bearer ${roles.serviceCenter}` },
      })
    ).json()) as { round: { meetings: string[]; fund: { amount: { amount: number } } } };
    expect(round.round.meetings).toEqual([session.meetingId]);
    expect(round.round.fund.amount.amount).toBe(2500000);
  });

  it('records the year’s Open Space on the box, a code per resident view, and follows each idea to its application', async () => {
    const { organization } = session.round;
    const at = `/organizations/${organization}/sessions/${session.openSpace.id}`;
    const view = (await (await box(at)).json()) as { dotsCast: number; communities: string[] };
    expect(view.dotsCast).toBe(0);
    expect(view.communities).toContain('liuyinli');
    expect(session.openSpace.codes.map((c) => c.participant)).toEqual([
      'p-wang',
      'p-chen-jianguo',
      'p-huang-jing',
    ]);
    const me = await box(`${at}/me`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: session.openSpace.codes[1]!.code }),
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { participant: string }).participant).toBe('p-chen-jianguo');
    const report = (await (await box(`${at}/report`)).json()) as {
      ideas: { idea: { id: string }; applications: { application: string; funded: boolean }[] }[];
    };
    const supermarket = report.ideas.find((entry) => entry.idea.id === 'i-love-supermarket');
    expect(supermarket?.applications).toMatchObject([
      { application: 'jinhuali-home', funded: false },
    ]);
  });

  it('gives each role a credential of this round only: an applicant cannot vet', async () => {
    const { organization, id, roles } = session.round;
    const res = await box(`/organizations/${organization}/rounds/${id}/vettings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${roles.applicants.jinhuali}`,
      },
      body: JSON.stringify({ vetting: {} }),
    });
    expect(res.status).toBe(403);
  });

  it('takes Binhe Dongli’s completed draft from its applicant (the demo adds the community), and the service center’s vetting', async () => {
    const { organization, id, roles } = session.round;
    const at = `/organizations/${organization}/rounds/${id}`;
    const post = (path: string, body: unknown, token: string) =>
      box(`${at}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const application = {
      ...binheDongliDraft,
      indicators: [
        {
          id: 'i-charter',
          description: { 'zh-CN': '签署公约的商户' },
          unit: { 'zh-CN': '家' },
          target: 150,
        },
      ],
      budget: {
        ...binheDongliDraft.budget,
        lines: [
          ...binheDongliDraft.budget.lines,
          { id: 'b-more', item: { 'zh-CN': '其他' }, amount: { amount: 200000, currency: 'CNY' } },
        ],
      },
    };
    const submitted = await post(
      'applications',
      { application, by: 'p-binhe-dongli-committee' },
      roles.applicants['binhe-dongli']!,
    );
    expect(submitted.status).toBe(201);
    expect(((await submitted.json()) as { status: string }).status).toBe('submitted');
    const vetted = await post(
      'vettings',
      {
        vetting: {
          id: 'vet-binhe',
          round: id,
          application: application.id,
          body: 'qingyuan-service-center',
          by: 'p-center',
          at: '2007-09-26T09:00:00+08:00',
          outcome: 'accepted',
          reasons: [],
        },
      },
      roles.serviceCenter,
    );
    expect(vetted.status).toBe(201);
    // A community not in the round is refused.
    const elsewhere = await post(
      'applications',
      { application: { ...application, id: 'beili-x', community: 'binhe-beili' }, by: 'p-x' },
      roles.applicants['binhe-dongli']!,
    );
    expect(elsewhere.status).toBe(409);
  });

  it('keeps the seeded work record cards in the box’s work-record collection, which refuses a card core refuses', async () => {
    const items = `/collections/${session.workRecords.id}/items`;
    const listed = (await (
      await box(`${items}?limit=1000`, {
        headers: { authorization: `Bearer ${session.workRecords.token}` },
      })
    ).json()) as { collection: { kind: string }; items: { document: unknown }[] };
    expect(listed.collection.kind).toBe('work-records');
    expect(listed.items.map((item) => item.document)).toEqual(
      JSON.parse(JSON.stringify(workRecords)),
    );
    const { content: _content, ...withoutContent } = workRecords[0]!;
    const refused = await box(items, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ document: { ...withoutContent, id: 'wr-new' } }),
    });
    expect(refused.status).toBe(400);
  });
});

describe('the demo round’s funding decision, as the funding screen posts it', () => {
  let dir: string;
  let server: RunningServer;
  let session: DemoSession;
  const box = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  const post = (path: string, body: unknown, token?: string) =>
    box(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qy-demo-round-'));
    server = await startServer({ database: { file: join(dir, 'demo.db') }, port: 0, operatorKey });
    session = await seedDemo(box, operatorKey);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is accepted by the box after the published ranking’s sheet is signed, with a recorded change', async () => {
    const m = `/meetings/${session.meetingId}`;
    const organizer = session.organizerToken;
    expect((await post(`${m}/lock-weights`, undefined, organizer)).status).toBe(200);
    expect((await post(`${m}/open`, undefined, organizer)).status).toBe(200);
    const meeting = ((await (await box(m)).json()) as { meeting: ReviewMeeting }).meeting;
    for (const voter of session.voters.slice(0, 3)) {
      const marks = Object.fromEntries(
        meeting.projects.map((p, i) => [
          p.id,
          Object.fromEntries(meeting.criteria.map((c, j) => [c.id, (i + j) % 2 === 0])),
        ]),
      );
      const cast = await post(`${m}/ballots`, { code: voter.code, marks });
      expect(cast.status, await cast.clone().text()).toBeLessThan(300);
    }
    expect((await post(`${m}/close`, undefined, organizer)).status).toBe(200);
    expect((await post(`${m}/publish`, undefined, organizer)).status).toBe(200);
    const result = (await (
      await box(`${m}/results`, { headers: { authorization: `Bearer ${organizer}` } })
    ).json()) as TallyResult;
    const sheet = summarySheetFrom(meeting, [...result.ranking], {
      id: `${meeting.id}-sheet`,
      preparedBy: 'p-center',
      preparedAt: new Date().toISOString(),
    });
    const { organization, id, roles } = session.round;
    const at = `/organizations/${organization}/rounds/${id}`;
    const signed = await post(
      `${at}/summary-sheets`,
      {
        sheet: {
          ...sheet,
          signOff: { body: 'qingyuan-supervision', by: 'p-jiwei', at: new Date().toISOString() },
        },
      },
      roles.supervisor,
    );
    expect(signed.status, await signed.clone().text()).toBe(201);
    const top = result.ranking[0]!.project;
    const reason = { 'zh-CN': '专家建议先做一期' };
    // The box's request (what <qy-funding-decision box> sends): the change a person made and
    // the opinions; the box computes the rule's grants from the published ranking itself.
    const res = await post(
      `${at}/funding-decisions`,
      {
        id: `${meeting.id}-funding`,
        meeting: meeting.id,
        decidedBy: ['p-center'],
        decidedAt: new Date(Date.now() + 1000).toISOString(),
        overrides: [{ project: top, granted: 100000, by: 'p-center', reason }],
        opinions: [
          { by: 'p-street-leader', text: { 'zh-CN': '优先照顾流动人口' } },
          { by: 'p-expert', text: { 'zh-CN': '先做一期再评估' } },
        ],
      },
      roles.serviceCenter,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const answer = (await res.json()) as {
      decision: { grants: { project: string; amount: { amount: number } }[] };
    };
    expect(answer.decision.grants.find((g) => g.project === top)?.amount.amount).toBe(100000);
  });
});
