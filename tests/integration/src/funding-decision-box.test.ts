import {
  summarySheetFrom,
  type Application,
  type FundingDecision,
  type Ranking,
  type ResultsSummarySheet,
} from '@qingyuan/core';
import {
  pilotBallots,
  pilotBodies,
  pilotMeeting,
  pilotOpenSpaceSession,
  pilotParticipants,
  pilotRound,
  pilotVettings,
  pilotApplications,
} from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '@qingyuan/elements/define/funding-decision.js';
import type {
  QyFundingDecision,
  QyFundingDecisionRejectedEvent,
  QyFundingDecisionSentEvent,
} from '@qingyuan/elements';
import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  shadow,
  shadowAll,
} from '../testing/elements-testing.js';
import { box, testOperatorKey, uniqueId } from '../testing/ballot-box.js';

// <qy-funding-decision box organization round .credential> against the real ballot box
// (@qingyuan/server at /__box/, see ballot-box-endpoint.ts): the pilot round seeded over the
// box's API up to a published review meeting and a signed summary sheet; the element decides
// as the service center, the box stores the decision, and a second decision is refused.

const ORG = 'default';

/** Waits for `predicate` (the box answers across the dev server: up to 10 s on a busy machine). */
async function eventually(predicate: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const shown = [...document.querySelectorAll('qy-funding-decision')]
    .map((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' '))
    .join(' | ');
  throw new Error(`timed out waiting for ${what}; the element shows: ${shown}`);
}

/** Mints a credential of `role` for the round with the operator key; answers its secret. */
async function mint(role: string, label: string, round: string): Promise<string> {
  const { credentials } = await box<{ credentials: { secret: string }[] }>(
    'POST',
    `/organizations/${ORG}/credentials`,
    { role, labels: [label], round },
    testOperatorKey,
  );
  return credentials[0]!.secret;
}

/**
 * The pilot round on the box: the round and its review meeting, the four pilot applications
 * submitted, vetted and put on the meeting's agenda, the pilot ballots cast, the results
 * published and the summary sheet signed by a supervision group member.
 */
async function publishedRound(): Promise<{
  round: string;
  center: string;
  sheet: ResultsSummarySheet;
}> {
  const meetingId = uniqueId('fd-meeting');
  const round = uniqueId('fd-round');
  const meeting = { ...pilotMeeting, id: meetingId };
  const { organizerToken } = await box<{ organizerToken: string }>(
    'POST',
    '/meetings',
    { meeting, corsOrigins: [location.origin] },
    testOperatorKey,
  );
  await box(
    'POST',
    `/organizations/${ORG}/rounds`,
    {
      round: {
        ...pilotRound,
        id: round,
        applications: [],
        meetings: [],
        decisions: [],
        funded: [],
      },
      bodies: pilotBodies,
      participants: pilotParticipants,
    },
    testOperatorKey,
  );
  const center = await mint('service-center', 'p-center', round);
  const supervisor = await mint('supervisor', 'p-jiwei', round);
  // The pilots came out of the 2007 Open Space (their `origin`): the box checks it exists.
  const session = `/organizations/${ORG}/sessions/${pilotOpenSpaceSession.id}`;
  if ((await fetch(`/__box${session}`)).status === 404) {
    await box(
      'POST',
      `/organizations/${ORG}/sessions`,
      { session: pilotOpenSpaceSession },
      testOperatorKey,
    );
  }
  const at = `/organizations/${ORG}/rounds/${round}`;
  for (const application of pilotApplications as Application[]) {
    const applicant = await mint('applicant', `${application.community}-residents`, round);
    await box(
      'POST',
      `${at}/applications`,
      { application, by: 'p-li', at: '2007-09-21T09:00:00+08:00' },
      applicant,
    );
  }
  for (const vetting of pilotVettings) {
    await box('POST', `${at}/vettings`, { vetting: { ...vetting, round } }, center);
  }
  await box(
    'POST',
    `${at}/reviews`,
    { meeting: meetingId, by: 'p-center', at: '2007-09-27T14:00:00+08:00' },
    center,
  );
  const { codes } = await box<{ codes: { voter: string; code: string }[] }>(
    'POST',
    `/meetings/${meetingId}/codes`,
    { voters: pilotMeeting.voters.map((v) => v.id) },
    organizerToken,
  );
  await box('POST', `/meetings/${meetingId}/lock-weights`, undefined, organizerToken);
  await box('POST', `/meetings/${meetingId}/open`, undefined, organizerToken);
  for (const ballot of pilotBallots) {
    const code = codes.find((c) => c.voter === ballot.voter)!.code;
    await box('POST', `/meetings/${meetingId}/ballots`, { code, marks: ballot.marks });
  }
  await box('POST', `/meetings/${meetingId}/close`, undefined, organizerToken);
  await box('POST', `/meetings/${meetingId}/publish`, undefined, organizerToken);
  const { ranking } = await box<{ ranking: Ranking }>(
    'GET',
    `/meetings/${meetingId}/results`,
    undefined,
    organizerToken,
  );
  const sheet: ResultsSummarySheet = {
    ...summarySheetFrom(meeting, [...ranking], {
      id: `${meetingId}-sheet`,
      preparedBy: 'p-center',
      preparedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    signOff: {
      body: 'qingyuan-supervision',
      by: 'p-jiwei',
      at: new Date(Date.now() - 30_000).toISOString(),
    },
  };
  await box('POST', `${at}/summary-sheets`, { sheet }, supervisor);
  return { round, center, sheet };
}

const decisionOf = (round: string, credential: string, sheet: ResultsSummarySheet, lang = 'en') =>
  fixture<QyFundingDecision>(
    html`<qy-funding-decision
      .sheet=${sheet}
      .fund=${pilotRound.fund.amount}
      .bodies=${pilotBodies}
      .participants=${pilotParticipants}
      .credential=${credential}
      box="/__box"
      organization=${ORG}
      round=${round}
    ></qy-funding-decision>`,
    { lang },
  );

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-funding-decision> with the Qingyuan ballot box', () => {
  it('decides as the service center: the box stores the decision with the recorded change, and refuses a second one in its words', async () => {
    const { round, center, sheet } = await publishedRound();
    const el = await decisionOf(round, center, sheet);
    const sent: QyFundingDecisionSentEvent[] = [];
    el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
    // A recorded change: the top project gets half its request, by the service center.
    const top = sheet.rows.find((row) => row.rank === 1)!;
    const form = shadow(el, '[part="override-form"]');
    (form.querySelector('select[name="project"]') as HTMLSelectElement).value = top.project;
    form.querySelector<HTMLInputElement>('input[name="amount"]')!.value = String(
      top.requested.amount / 200,
    );
    form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value =
      'Experts advised a first phase';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    // Core's rule, checked by the box: the decision records the opinions it weighed.
    for (const [by, text] of [
      ['p-street-leader', 'Favour the communities with many newcomers'],
      ['p-expert', 'A first phase, then a review at the end of the year'],
    ] as const) {
      const opinion = shadow(el, '[part="opinion-form"]');
      (opinion.querySelector('select') as HTMLSelectElement).value = by;
      opinion.querySelector('textarea')!.value = text;
      opinion.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await el.updateComplete;
    }
    shadow<HTMLButtonElement>(el, '[part="post"]').click();
    await eventually(() => sent.length === 1, 'the box’s answer');
    await el.updateComplete;
    expect(sent[0]!.detail.status).toBe(201);

    // The round on the box holds the decision; the element shows what the box stored.
    const exported = await box<{ decisions: FundingDecision[] }>(
      'GET',
      `/organizations/${ORG}/rounds/${round}/export`,
      undefined,
      testOperatorKey,
    );
    expect(exported.decisions).toHaveLength(1);
    const stored = exported.decisions[0]!;
    expect(stored.grants.find((g) => g.project === top.project)?.amount.amount).toBe(
      top.requested.amount / 2,
    );
    expect(stored.opinions?.map((o) => o.by)).toEqual(['p-street-leader', 'p-expert']);
    expect(stored.departures).toContainEqual({
      project: top.project,
      by: 'p-center',
      reason: { en: 'Experts advised a first phase' },
    });
    expect(
      shadowAll(el, '[part="stored"] li').map((li) => [
        li.dataset['project'],
        Number(li.dataset['granted']),
      ]),
    ).toEqual(stored.grants.map((g) => [g.project, g.amount.amount]));
    expect(shadow(el, '#step-title').textContent).toBe('The funding decision was received.');
    expect(localStorage.getItem('qingyuan:funding-decision-outbox')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);

    // A second decision for the meeting (another page of the service center) is refused by
    // the box, in Chinese, and not kept to be tried again.
    cleanupFixtures();
    const again = await decisionOf(round, center, sheet, 'zh-CN');
    // With the opinions core's rule wants, so the element sends it and the box decides.
    again.opinions = stored.opinions ?? [];
    await again.updateComplete;
    const rejected: QyFundingDecisionRejectedEvent[] = [];
    again.addEventListener('qy-funding-decision-rejected', (e) => rejected.push(e));
    shadow<HTMLButtonElement>(again, '[part="post"]').click();
    await eventually(() => rejected.length === 1, 'the box’s refusal');
    await again.updateComplete;
    expect(rejected[0]!.detail.status).toBe(409);
    expect(shadow(again, '#step-title').textContent).toContain('已有资助决定');
    expect(localStorage.getItem('qingyuan:funding-decision-outbox')).toBeNull();
    const after = await box<{ decisions: FundingDecision[] }>(
      'GET',
      `/organizations/${ORG}/rounds/${round}/export`,
      undefined,
      testOperatorKey,
    );
    expect(after.decisions).toHaveLength(1);
  });
});
