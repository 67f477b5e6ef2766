import type { FundingDecision } from '@qingyuan/core';
import { pilotBodies, pilotParticipants, pilotSummarySheet } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/funding-decision.js';
import type { QyFundingDecisionQueuedEvent } from '../events/funding-decision-queued.js';
import type { QyFundingDecisionRejectedEvent } from '../events/funding-decision-rejected.js';
import type { QyFundingDecisionSentEvent } from '../events/funding-decision-sent.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  shadowText,
  until,
} from '../testing/fixture.js';
import { activeIn, tabUntil } from '../testing/keyboard.js';
import type { QyFundingDecision } from './funding-decision.js';
import type { FundingDecisionRequest } from './funding-decision-request.js';

// <qy-funding-decision box organization round .credential> against a stub ballot box: the
// page's fetch answers the box's address as the box's route does (201 with the stored
// decision, 409 / 403 with localized violations, or no network at all).

const BOX = 'https://box.test';
const ROUTE = `${BOX}/organizations/org-7K2Q/rounds/qingyuan-2007/funding-decisions`;
const OUTBOX = 'qingyuan:funding-decision-outbox';
const fund = (yuan: number) => ({ amount: yuan * 100, currency: 'CNY' });

interface Seen {
  url: string;
  headers: Headers;
  body: FundingDecisionRequest;
}

/** What the stub box does with the next request: answer, or fail as when offline. */
type Answer = (seen: Seen) => Response | 'offline';

const realFetch = window.fetch;
let seen: Seen[] = [];
let answer: Answer = () => new Response('{}', { status: 500 });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The box's 201: the decision as it computed and stored it (here: its own id and time). */
const stores: Answer = ({ body }) => {
  const decision: FundingDecision = {
    id: body.id,
    meeting: body.meeting,
    fund: fund(21000),
    decidedBy: ['p-center'],
    decidedAt: '2007-10-09T10:05:00+08:00',
    grants: [
      { project: 'jinhuali-home', amount: fund(10000) },
      { project: 'xinghuayuan-children', amount: fund(6000) },
      { project: 'yuhuayuan-culture', amount: fund(0) },
      { project: 'jinhuiyuan-efamily', amount: fund(3000) },
    ],
    departures: body.overrides.map((o) => ({ project: o.project, by: o.by, reason: o.reason })),
  };
  return json(201, {
    decision,
    differences: [],
    projects: [],
    receipt: { round: 'qingyuan-2007', seq: 7 },
  });
};

beforeEach(() => {
  localStorage.clear();
  seen = [];
  answer = stores;
  window.fetch = async (input, init) => {
    const url = String(input);
    if (!url.startsWith(BOX)) return realFetch(input, init);
    const request: Seen = {
      url,
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)) as FundingDecisionRequest,
    };
    seen.push(request);
    const outcome = answer(request);
    if (outcome === 'offline') throw new TypeError('Failed to fetch');
    return outcome;
  };
});
afterEach(() => {
  window.fetch = realFetch;
  cleanupFixtures();
  localStorage.clear();
});

/** A street leader's and an expert's opinion: core's rule `decision.opinions` wants both. */
const weighed = [
  { by: 'p-street-leader', text: { en: 'Favour the projects for children' } },
  { by: 'p-expert', text: { en: 'The fourth project needs a pilot first' } },
];

async function boxDecision(
  options: { credential?: string; lang?: string } = {},
): Promise<QyFundingDecision> {
  return fixture<QyFundingDecision>(
    html`<qy-funding-decision
      .sheet=${pilotSummarySheet}
      .fund=${fund(21000)}
      .bodies=${pilotBodies}
      .participants=${pilotParticipants}
      .opinions=${weighed}
      .credential=${options.credential ?? 'qyk_center-secret'}
      decided-at="2007-10-09T10:00:00+08:00"
      box=${`${BOX}/`}
      organization="org-7K2Q"
      round="qingyuan-2007"
    ></qy-funding-decision>`,
    { lang: options.lang ?? 'en' },
  );
}

async function recordChange(el: QyFundingDecision): Promise<void> {
  const form = shadow(el, '[part="override-form"]');
  (form.querySelector('select[name="project"]') as HTMLSelectElement).value = 'jinhuiyuan-efamily';
  form.querySelector<HTMLInputElement>('input[name="amount"]')!.value = '3000';
  form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value = 'A pilot first';
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

const post = async (el: QyFundingDecision) => {
  shadow<HTMLButtonElement>(el, '[part="post"]').click();
  await el.updateComplete;
};

describe('<qy-funding-decision> with the ballot box', () => {
  it('posts the box’s request with the credential and an idempotency key, and shows the decision the box stored', async () => {
    const el = await boxDecision();
    const sent: QyFundingDecisionSentEvent[] = [];
    el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
    await recordChange(el);
    await tabUntil(el, 'Post the funding decision');
    await userEvent.keyboard('{Enter}');
    await until(() => sent.length === 1, 'the sent event');
    await el.updateComplete;
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.url).toBe(ROUTE);
    expect(request!.headers.get('authorization')).toBe('Bearer qyk_center-secret');
    expect(request!.headers.get('idempotency-key')).toBe(sent[0]!.detail.key);
    expect(request!.headers.get('accept-language')).toBe('en');
    expect(request!.headers.get('content-type')).toBe('application/json');
    // The box's format: the change a person made (not the rule's own skip), never the grants.
    expect(request!.body).toEqual({
      id: 'fd-qingyuan-2007',
      meeting: 'qingyuan-2007',
      decidedBy: ['p-center'],
      decidedAt: '2007-10-09T10:00:00+08:00',
      mode: 'skip',
      partial: false,
      overrides: [
        {
          project: 'jinhuiyuan-efamily',
          granted: 300000,
          by: 'p-center',
          reason: { en: 'A pilot first' },
        },
      ],
      opinions: weighed,
    });
    // What is shown is what the box stored (its time), project by project.
    expect(shadow(el, '#step-title').textContent).toBe('The funding decision was received.');
    expect(activeIn(el)?.id).toBe('step-title');
    expect(shadow(el, '[part="delivery"]').textContent).toContain('2007-10-09 10:05');
    const stored = shadowAll(el, '[part="stored"] li').map((li) => [
      li.dataset['project'],
      Number(li.dataset['granted']),
    ]);
    expect(stored).toEqual([
      ['jinhuali-home', 1000000],
      ['xinghuayuan-children', 600000],
      ['yuhuayuan-culture', 0],
      ['jinhuiyuan-efamily', 300000],
    ]);
    expect(shadow(el, '[part="stored"]').textContent).toMatch(
      /e-Family Service Club: CN¥3,000\.00\s*\(changed by Community service center: A pilot first\)/,
    );
    expect(sent[0]!.detail.answer).toMatchObject({ receipt: { seq: 7 } });
    expect(localStorage.getItem(OUTBOX)).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows the box’s refusal of a second decision in its words, and does not try again', async () => {
    answer = () =>
      json(409, {
        error: 'rule-violation',
        message: '请求违反了本轮次的规则',
        violations: [
          {
            rule: 'ballot-box.one-decision-per-meeting',
            message: '评审会 qingyuan-2007 已有资助决定',
            path: ['meeting'],
          },
        ],
      });
    const el = await boxDecision({ lang: 'zh-CN' });
    const rejected: QyFundingDecisionRejectedEvent[] = [];
    el.addEventListener('qy-funding-decision-rejected', (e) => rejected.push(e));
    await post(el);
    await until(() => rejected.length === 1, 'the rejected event');
    await el.updateComplete;
    expect(rejected[0]!.detail.status).toBe(409);
    const title = shadow(el, '#step-title').textContent ?? '';
    expect(title).toContain('评审会 qingyuan-2007 已有资助决定');
    expect(title).not.toContain('409');
    expect(seen[0]!.headers.get('accept-language')).toBe('zh-CN');
    // A refusal is final: nothing waits on the device, nothing is retried.
    expect(localStorage.getItem(OUTBOX)).toBeNull();
    await el.retryNow();
    expect(seen).toHaveLength(1);
    expect(shadowAll(el, '[part="stored"]')).toHaveLength(0);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows a 403 of the box as its reason, not a status, and leads back to the decision', async () => {
    answer = () =>
      json(403, {
        error: 'forbidden',
        message: 'This credential may not act for the service center in this round',
      });
    const el = await boxDecision({ credential: 'qyk_supervisor-secret' });
    const rejected: QyFundingDecisionRejectedEvent[] = [];
    el.addEventListener('qy-funding-decision-rejected', (e) => rejected.push(e));
    await post(el);
    await until(() => rejected.length === 1, 'the rejected event');
    await el.updateComplete;
    expect(shadow(el, '#step-title').textContent).toBe(
      'The server refused the decision: This credential may not act for the service center in this round',
    );
    expect(el.step).toBe('rejected');
    expect(localStorage.getItem(OUTBOX)).toBeNull();
    shadow<HTMLButtonElement>(el, '[part="actions"] button').click();
    await el.updateComplete;
    expect(shadowAll(el, '[part="post"]')).toHaveLength(1);
  });

  it('keeps the decision on the device while offline, without the credential, and delivers it once when back', async () => {
    answer = () => 'offline';
    const el = await boxDecision();
    const queued: QyFundingDecisionQueuedEvent[] = [];
    const sent: QyFundingDecisionSentEvent[] = [];
    el.addEventListener('qy-funding-decision-queued', (e) => queued.push(e));
    el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
    await post(el);
    await until(() => queued.length === 1, 'the queued event');
    await el.updateComplete;
    expect(el.step).toBe('queued');
    const waiting = JSON.parse(localStorage.getItem(OUTBOX) ?? '[]') as { endpoint: string }[];
    expect(waiting.map((entry) => entry.endpoint)).toEqual([ROUTE]);
    expect(JSON.stringify({ ...localStorage })).not.toContain('qyk_center-secret');
    // Back online, with a renewed credential: it is read when the decision is sent.
    answer = stores;
    el.credential = 'qyk_center-renewed';
    await until(() => sent.length === 1, 'the sent event');
    await el.updateComplete;
    expect(seen.map((s) => s.headers.get('idempotency-key'))).toEqual([
      queued[0]!.detail.key,
      queued[0]!.detail.key,
    ]);
    expect(seen.at(-1)!.headers.get('authorization')).toBe('Bearer qyk_center-renewed');
    expect(el.step).toBe('sent');
    expect(shadowAll(el, '[part="stored"] li')).toHaveLength(4);
    expect(localStorage.getItem(OUTBOX)).toBeNull();
  });

  it('sends nothing without the credential and says why; a decision left waiting goes once one is given', async () => {
    const el = await boxDecision({ credential: '' });
    await post(el);
    await el.updateComplete;
    expect(seen).toHaveLength(0);
    expect(el.step).toBeUndefined();
    expect(shadow(el, '#no-credential').textContent).toContain('credential');
    expect(activeIn(el)?.id).toBe('no-credential');
    await expectNoAxeViolations(el.parentElement!);
    cleanupFixtures();

    // A decision an earlier page left waiting: the new page shows it queued, posts it only
    // when the host gives the credential.
    const body = JSON.stringify({
      id: 'fd-qingyuan-2007',
      meeting: 'qingyuan-2007',
      decidedBy: ['p-center'],
      overrides: [],
    });
    localStorage.setItem(
      OUTBOX,
      JSON.stringify([
        { key: 'k-earlier', endpoint: ROUTE, body, receipt: 'fd-qingyuan-2007', lang: 'en' },
      ]),
    );
    const later = await boxDecision({ credential: '' });
    expect(later.step).toBe('queued');
    await later.retryNow();
    expect(seen).toHaveLength(0);
    later.credential = 'qyk_center-secret';
    await until(() => later.step === 'sent', 'the waiting decision delivered');
    expect(
      seen.map((s) => [s.headers.get('idempotency-key'), s.headers.get('authorization')]),
    ).toEqual([['k-earlier', 'Bearer qyk_center-secret']]);
  });

  it("delivers a decision left waiting for another meeting of the round, but does not show it as this meeting's", async () => {
    // The round's second meeting was decided offline on this device; this page decides the
    // first. Both post to the round's address.
    const body = JSON.stringify({
      id: 'fd-qingyuan-2007-review-2',
      meeting: 'qingyuan-2007-review-2',
      decidedBy: ['p-center'],
      overrides: [],
    });
    localStorage.setItem(
      OUTBOX,
      JSON.stringify([
        { key: 'k-other', endpoint: ROUTE, body, summary: 'fd-qingyuan-2007-review-2', lang: 'en' },
      ]),
    );
    const el = await boxDecision();
    await until(() => seen.length === 1, 'the waiting decision delivered');
    expect(seen[0]!.headers.get('idempotency-key')).toBe('k-other');
    expect(seen[0]!.body.meeting).toBe('qingyuan-2007-review-2');
    await el.updateComplete;
    expect(el.step).toBeUndefined();
    expect(shadowAll(el, '[part="post"]')).toHaveLength(1);
  });

  it('says the organisation and round are missing when a box has neither, and sends nothing', async () => {
    const el = await boxDecision();
    el.round = '';
    await el.updateComplete;
    await post(el);
    await until(() => el.step === 'done', 'done on this page');
    expect(seen).toHaveLength(0);
    expect(shadowText(el)).toContain('Give the organisation and the round');
    expect(shadowText(el)).not.toContain('endpoint');
  });
});
