import { BallotSchema, type Ballot } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/ballot.js';
import type { QyBallotSubmitEvent } from '../events/ballot-submit.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  settle,
  shadow,
  shadowAll,
  until,
  shadowText as text,
  jsonUrl,
  shadowButton as button,
} from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { tabUntil as tabTo } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT } from '../testing/stub-client.js';
import {
  longText,
  pilotCommunities,
  pilotMeeting,
  scoreMeeting,
  xssPayload,
} from '../testing/meetings.js';
import type { QyBallot } from './ballot.js';
import { castBy } from './delivered-ballots.js';

const ENDPOINT = STUB_ENDPOINT;

function checkbox(el: QyBallot, project: string, criterion: string): HTMLInputElement {
  return shadow(el, `input[data-project="${project}"][data-criterion="${criterion}"]`);
}

/** What has the focus in the ballot: `summary`, `project/criterion` for a mark, a button's text. */
function focusName(el: QyBallot): string {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) return '(outside)';
  if (active instanceof HTMLInputElement) {
    return `${active.dataset['project']}/${active.dataset['criterion']}`;
  }
  return active.localName === 'summary' ? 'summary' : (active.textContent?.trim() ?? '');
}

/** Presses Tab until `label` has the focus; returns every stop on the way. */
const tabUntil = (el: QyBallot, label: string) => tabTo(el, label, { name: () => focusName(el) });

async function submitApproval(el: QyBallot): Promise<void> {
  await userEvent.click(checkbox(el, 'jinhuali-home', 'public-benefit'));
  await userEvent.click(await button(el, 'Review my ballot'));
  await userEvent.click(await button(el, 'Submit ballot'));
}

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  document.documentElement.lang = '';
  await stub({ down: false, refuse: false, reset: true });
});

describe('<qy-ballot> input forms', () => {
  it('renders a meeting given as a property: projects, community, amount per locale', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      { lang: 'en' },
    );
    expect(shadowAll(el, 'fieldset.project')).toHaveLength(4);
    expect(text(el)).toContain('New Residents’ Home');
    expect(text(el)).toContain('jinhuali');
    expect(text(el)).toContain('CN¥10,000.00');
    expect(text(el)).toContain('0 approvals given');
  });

  it('shows the community by the name the meeting gives it, in the active language', async () => {
    const meeting = pilotMeeting({ communities: pilotCommunities() });
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-jinhuali" .meeting=${meeting}></qy-ballot>`,
      { lang: 'zh-CN' },
    );
    const [own, other] = shadowAll<HTMLFieldSetElement>(el, 'fieldset.project');
    expect(own!.querySelector('dd')!.textContent).toBe('金华里');
    expect(own!.textContent).toContain('它属于您所在的社区（金华里）');
    expect(other!.querySelector('dd')!.textContent).toBe('郁花园');
    el.parentElement!.lang = 'en';
    await until(() => own!.querySelector('dd')!.textContent === 'Jinhuali', 'English name');
    expect(own!.textContent).toContain('your own community (Jinhuali)');
    expect(text(el)).not.toContain('jinhuiyuan-erli');
    expect(text(el)).toContain('Jinhuiyuan Erli');
  });

  it('renders a meeting from an inline JSON child, in Chinese', async () => {
    const json = JSON.stringify(pilotMeeting());
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert"
        ><script type="application/json">
          ${json}
        </script></qy-ballot
      >`,
      { lang: 'zh-CN' },
    );
    expect(text(el)).toContain('新居民之家');
    expect(text(el)).toContain('¥10,000.00');
    expect(text(el)).toContain('公益性');
  });

  it('renders a meeting fetched from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(pilotMeeting())], { type: 'application/json' }),
    );
    const el = await fixture<QyBallot>(html`<qy-ballot voter="v-expert" src=${url}></qy-ballot>`);
    await until(() => shadowAll(el, 'fieldset.project').length === 4, 'projects from src');
    expect(text(el)).toContain('Cultural Activity Center');
  });

  it('shows a malformed meeting as a localized error and fires qy-load-error', async () => {
    const bad = { ...pilotMeeting(), criteria: [] };
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (e) => errors.push(e), { once: true });
    const el = await fixture<QyBallot>(html`<qy-ballot .meeting=${bad}></qy-ballot>`, {
      lang: 'zh-CN',
    });
    const alert = shadow(el, '[role="alert"]');
    expect(alert.textContent).toContain('文档存在以下问题');
    expect(alert.textContent).toContain('criteria');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.detail.issues[0]!.where).toBe('criteria');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('reports inline text that is not JSON, and a src that fails', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        ><script type="application/json">
          { not json
        </script></qy-ballot
      >`,
    );
    expect(shadow(el, '[role="alert"]').textContent).toContain('not valid JSON');
    const missing = await fixture<QyBallot>(
      html`<qy-ballot src="/__stub/no-such-meeting.json"></qy-ballot>`,
    );
    await until(() => missing.shadowRoot?.querySelector('[role="alert"]') !== null, 'error');
    expect(shadow(missing, '[role="alert"]').textContent).toContain('404');
  });
});

describe('<qy-ballot> voting', () => {
  it('disables own-community projects and says why', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-jinhuali" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    const [own, other] = shadowAll<HTMLFieldSetElement>(el, 'fieldset.project');
    expect(own!.disabled).toBe(true);
    expect(own!.textContent).toContain('your own community (jinhuali)');
    expect(own!.getAttribute('aria-describedby')).toBe('recused-jinhuali-home');
    expect(other!.disabled).toBe(false);
    expect(text(el)).toContain('0 approvals given');
    expect(el.value!.marks['jinhuali-home']).toBeUndefined();
  });

  it('says which kind of recusal keeps the voter out, on the card and in the review, in both languages', async () => {
    const base = pilotMeeting();
    const [first, second] = base.projects;
    const meeting = pilotMeeting({
      projects: [{ ...first!, applicants: ['p-wang'] }, second!, ...base.projects.slice(2)],
      voters: [
        ...base.voters,
        {
          id: 'v-wang',
          participant: 'p-wang',
          conflicts: [
            { project: second!.id, reason: { en: 'my son runs it', 'zh-CN': '我儿子负责' } },
          ],
        },
      ],
    });
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-wang" .meeting=${meeting}></qy-ballot>`,
      { lang: 'en' },
    );
    const [applied, conflict, other] = shadowAll<HTMLFieldSetElement>(el, 'fieldset.project');
    expect(applied!.disabled).toBe(true);
    expect(applied!.textContent).toContain('You do not vote on this project: you applied for it.');
    expect(applied!.textContent).not.toContain('own community');
    expect(conflict!.disabled).toBe(true);
    expect(conflict!.textContent).toContain('a conflict of interest with it (my son runs it)');
    expect(other!.disabled).toBe(false);
    await userEvent.click(await button(el, 'Review my ballot'));
    expect(text(el)).toContain('Your own application: not voted');
    expect(text(el)).toContain('Declared conflict of interest: not voted');
    el.parentElement!.lang = 'zh-CN';
    await until(() => text(el).includes('本人申请的项目：回避'), 'zh-CN review');
    expect(text(el)).toContain('已申报利益冲突：回避');
    await userEvent.click(await button(el, '修改'));
    expect(text(el)).toContain('您不对此项目投票：您是它的申请人。');
    expect(text(el)).toContain('您已申报与它存在利益冲突（我儿子负责）');
    await expectNoAxeViolations(el);
  });

  it('is operated with the keyboard only, and submits a valid interchange ballot', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    const submitted: QyBallotSubmitEvent[] = [];
    el.addEventListener('qy-ballot-submit', (e) => submitted.push(e));
    // the first focusable control is the first project's details summary, then its toggles
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.localName).toBe('summary');
    await userEvent.keyboard('{Enter}');
    expect(shadow<HTMLDetailsElement>(el, 'details').open).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(checkbox(el, 'jinhuali-home', 'public-benefit').checked).toBe(true);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(text(el)).toContain('2 approvals given');
    expect(el.value!.marks['jinhuali-home']).toEqual({
      'public-benefit': true,
      feasibility: false,
      sustainability: true,
    });
    // Tab goes on through the other projects in visual order, then to the review button.
    const meeting = pilotMeeting();
    const stops = (projects: typeof meeting.projects) =>
      projects.flatMap((project) => [
        ...(project.summary ? ['summary'] : []),
        ...meeting.criteria.map((criterion) => `${project.id}/${criterion.id}`),
      ]);
    expect(await tabUntil(el, 'Review my ballot')).toEqual([
      ...stops(meeting.projects.slice(1)),
      'Review my ballot',
    ]);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentStep).toBe('review');
    expect(el.shadowRoot!.activeElement?.id).toBe('step-title');
    expect(text(el)).toContain('Check your ballot');
    // “Change my marks” comes before “Submit ballot”; Shift+Tab goes back to it.
    expect(await tabUntil(el, 'Submit ballot')).toEqual(['Change my marks', 'Submit ballot']);
    await userEvent.tab({ shift: true });
    expect(focusName(el)).toBe('Change my marks');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentStep).toBe('vote');
    expect(el.shadowRoot!.activeElement?.id).toBe('step-title');
    expect(checkbox(el, 'jinhuali-home', 'sustainability').checked).toBe(true);
    expect(text(el)).toContain('2 approvals given');
    expect(await tabUntil(el, 'Review my ballot')).toEqual([
      ...stops(meeting.projects),
      'Review my ballot',
    ]);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.currentStep).toBe('review');
    await tabUntil(el, 'Submit ballot');
    await userEvent.keyboard('{Enter}');
    await until(() => submitted.length === 1, 'submit event');
    const ballot: Ballot = submitted[0]!.detail.ballot;
    expect(BallotSchema.safeParse(ballot).success).toBe(true);
    expect(ballot.voter).toBe('v-expert');
    expect(Object.keys(ballot.marks)).toHaveLength(4);
    expect(submitted[0]!.detail.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    await until(() => el.currentStep === 'done', 'done');
    expect(text(el)).toContain(submitted[0]!.detail.fingerprint);
  });

  it('blocks review of an incomplete score ballot, then accepts arrow-key scores', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>`,
    );
    await userEvent.click(await button(el, 'Review my ballot'));
    await el.updateComplete;
    expect(el.currentStep).toBe('vote');
    const alert = shadow(el, '.incomplete');
    expect(alert.textContent).toContain('6 missing');
    expect(el.shadowRoot!.activeElement).toBe(alert);
    const groups = shadowAll<HTMLFieldSetElement>(el, 'fieldset.score');
    expect(groups).toHaveLength(6);
    for (const group of groups) {
      group.querySelector('input')!.focus();
      await userEvent.keyboard(' ');
      await userEvent.keyboard('{ArrowRight}');
      await userEvent.keyboard('{ArrowRight}');
    }
    const marks = el.value!.marks;
    expect(marks['jinhuali-home']).toEqual({
      'public-benefit': 3,
      feasibility: 3,
      sustainability: 3,
    });
    await userEvent.click(await button(el, 'Review my ballot'));
    expect(el.currentStep).toBe('review');
    expect(text(el)).toContain('3 points');
    await userEvent.click(await button(el, 'Change my marks'));
    expect(el.currentStep).toBe('vote');
    expect(el.value!.marks['yuhuayuan-culture']!['feasibility']).toBe(3);
  });

  it('shows the Details disclosure with its marker, opened from the keyboard', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      { lang: 'en' },
    );
    const summary = shadow(el, 'summary');
    expect(getComputedStyle(summary).display).toBe('list-item');
    // The triangle takes room before the text: the text does not start at the summary's edge.
    const range = document.createRange();
    range.selectNodeContents(summary);
    const textStart = [...range.getClientRects()].at(-1)!.left;
    expect(textStart - summary.getBoundingClientRect().left).toBeGreaterThan(8);
    expect(summary.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect((summary.parentElement as HTMLDetailsElement).open).toBe(true);
  });

  it('says when the voter is missing or unknown', async () => {
    const none = await fixture<QyBallot>(html`<qy-ballot .meeting=${pilotMeeting()}></qy-ballot>`);
    expect(shadow(none, '.alert').textContent).toContain('No voter or voting code is set');
    expect(none.checkValidity()).toBe(false);
    const stranger = await fixture<QyBallot>(
      html`<qy-ballot voter="v-nobody" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    expect(shadow(stranger, '.alert').textContent).toContain('“v-nobody” is not on the list');
  });

  it('keeps payloads in document text inert', async () => {
    const meeting = pilotMeeting();
    meeting.projects[0]!.title = xssPayload;
    meeting.projects[0]!.summary = xssPayload;
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${meeting}></qy-ballot>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror=');
    expect((window as { __qyXss?: number }).__qyXss).toBeUndefined();
  });
});

describe('<qy-ballot> delivery to an endpoint', () => {
  it('posts once with an Idempotency-Key and shows the receipt', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    let sentKey = '';
    el.addEventListener('qy-ballot-sent', (e) => (sentKey = e.detail.key));
    await submitApproval(el);
    await until(() => el.currentStep === 'sent', 'sent');
    const state = await stubState();
    expect(state.attempts).toBe(1);
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(sentKey);
    expect(JSON.parse(state.stored[0]!.body)).toEqual(el.value);
    expect(text(el)).toContain('Your ballot was received');
    expect(shadow(el, '[part="receipt"]').textContent).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}/);
    // Nothing waits; only the delivered ballot's fingerprint is remembered (this endpoint gives
    // no receipt), not who cast it.
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toBeNull();
    const remembered = localStorage.getItem('qingyuan:ballot-delivered') ?? '';
    expect(remembered).toContain('"fingerprint"');
    expect(remembered).not.toContain('"receipt"');
    expect(remembered).not.toContain('v-expert');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('queues while offline, retries when back online, and never stores it twice', async () => {
    await stub({ down: true });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    const queued: string[] = [];
    el.addEventListener('qy-ballot-queued', (e) => queued.push(e.detail.key));
    await submitApproval(el);
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toHaveLength(1);
    expect(text(el)).toContain('saved on this device');
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toContain(queued[0]);
    await expectNoAxeViolations(el.parentElement!);

    await stub({ down: false });
    window.dispatchEvent(new Event('online'));
    await until(() => el.currentStep === 'sent', 'sent after online');
    window.dispatchEvent(new Event('online'));
    await el.retryNow();
    const state = await stubState();
    expect(state.answered).toBe(1);
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(queued[0]);
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toBeNull();
  });

  it('keeps a ballot whose answer was lost after the server stored it, and “Try again now” (Enter) shows the receipt without storing it twice', async () => {
    await stub({ loseAnswers: true });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
      { lang: 'en' },
    );
    const queued: string[] = [];
    const sent: string[] = [];
    el.addEventListener('qy-ballot-queued', (e) => queued.push(e.detail.key));
    el.addEventListener('qy-ballot-sent', (e) => sent.push(e.detail.key));
    await submitApproval(el);
    await until(() => el.currentStep === 'queued', 'queued after a lost answer');
    // The server has it, the page does not know: it keeps the ballot and says so.
    expect((await stubState()).stored.map((item) => item.key)).toEqual(queued);
    expect(text(el)).toContain('saved on this device');

    await stub({ loseAnswers: false });
    // Focus is on the step's heading; the next Tab stop is the retry button.
    expect(el.shadowRoot!.activeElement?.id).toBe('step-title');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Try again now');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'sent', 'sent on retry');
    const state = await stubState();
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(queued[0]);
    expect(JSON.parse(state.stored[0]!.body)).toEqual(el.value);
    expect(sent).toEqual(queued);
    expect(text(el)).toContain('Your ballot was received');
    expect(shadow(el, '[part="receipt"]').textContent).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
  });

  it('retries with the Space key on “Try again now” after being offline', async () => {
    await stub({ down: true });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
      { lang: 'zh-CN' },
    );
    await userEvent.click(checkbox(el, 'jinhuali-home', 'public-benefit'));
    await userEvent.click(await button(el, '检查我的选票'));
    await userEvent.click(await button(el, '提交选票'));
    await until(() => el.currentStep === 'queued', 'queued');
    await stub({ down: false });
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('立即重试');
    await userEvent.keyboard(' ');
    await until(() => el.currentStep === 'sent', 'sent on retry');
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('sends a ballot left in the outbox by an earlier page load', async () => {
    await stub({ down: true });
    const first = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    await submitApproval(first);
    await until(() => first.currentStep === 'queued', 'queued');
    cleanupFixtures();
    await stub({ down: false });
    const sent: string[] = [];
    document.addEventListener('qy-ballot-sent', (e) => sent.push(e.detail.fingerprint), {
      once: true,
    });
    await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    await until(() => sent.length === 1, 'sent from outbox');
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('shows a refusal and does not retry it', async () => {
    await stub({ refuse: true });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    await submitApproval(el);
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(text(el)).toContain('The ballot box refused this ballot: voter already voted');
    expect(text(el)).not.toContain('HTTP');
    await el.retryNow();
    expect((await stubState()).attempts).toBe(1);
  });

  it('says so, and tells the console, when a refusal gives no reason', async () => {
    await stub({ refuse: true, refusal: { status: 403, body: {} } });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<QyBallot>(
        html`<qy-ballot
          voter="v-expert"
          endpoint=${ENDPOINT}
          .meeting=${pilotMeeting()}
        ></qy-ballot>`,
      );
      const events: { status: number; message: string }[] = [];
      el.addEventListener('qy-ballot-rejected', (e) => events.push(e.detail));
      await submitApproval(el);
      await until(() => el.currentStep === 'rejected', 'rejected');
      expect(text(el)).toContain('refused this ballot without saying why (HTTP 403)');
      expect(events).toEqual([expect.objectContaining({ status: 403, message: '' })]);
      expect(warnings.join('\n')).toContain(
        `${ENDPOINT} refused this delivery for good (HTTP 403)`,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('does not post when the host cancels qy-ballot-submit', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
    );
    el.addEventListener('qy-ballot-submit', (e) => e.preventDefault());
    await submitApproval(el);
    await until(() => el.currentStep === 'done', 'done');
    expect((await stubState()).attempts).toBe(0);
  });
});

describe('<qy-ballot> voting code', () => {
  it('brings a code the box refuses (401) back to the code field, in words, with the marks kept', async () => {
    await stub({
      refuse: true,
      refusal: {
        status: 401,
        body: { error: 'invalid-code', message: 'This voting code is not valid for this meeting' },
      },
    });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        code="TYPO-CODE"
        endpoint=${ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
      { lang: 'en' },
    );
    const rejected: number[] = [];
    el.addEventListener('qy-ballot-rejected', (e) => rejected.push(e.detail.status));
    await submitApproval(el);
    await until(() => el.currentStep === 'code', 'back to the code');
    expect(rejected).toEqual([401]);
    expect(text(el)).toContain(
      'Your ballot was not accepted: This voting code is not valid for this meeting',
    );
    expect(text(el)).not.toContain('HTTP');
    const input = shadow<HTMLInputElement>(el, '#voting-code');
    expect(el.shadowRoot!.activeElement).toBe(input);
    expect(input.value).toBe('TYPO-CODE');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(el.parentElement!);

    // Corrected with the keyboard only: the review comes back with the same marks.
    await stub({ refuse: false });
    await userEvent.clear(input);
    await userEvent.keyboard('good-code-1');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'review', 'review again');
    expect(text(el)).toContain('Yes');
    await userEvent.click(await button(el, 'Submit ballot'));
    await until(() => el.currentStep === 'sent', 'sent with the corrected code');
    const stored = (await stubState()).stored;
    expect(stored).toHaveLength(1);
    const body = JSON.parse(stored[0]!.body) as { code: string; marks: Ballot['marks'] };
    expect(body.code).toBe('good-code-1');
    expect(body.marks['jinhuali-home']?.['public-benefit']).toBe(true);
  });

  it('asks an empty code again, reached and sent with the keyboard only', async () => {
    const el = await fixture<QyBallot>(
      html`<main>
        <button>before</button
        ><qy-ballot code-param="c" endpoint=${ENDPOINT} .meeting=${pilotMeeting()}></qy-ballot>
      </main>`,
      { selector: 'qy-ballot', lang: 'zh-CN' },
    );
    expect(el.currentStep).toBe('code');
    (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement?.id).toBe('voting-code');
    await userEvent.keyboard('{Enter}');
    await until(() => text(el).includes('请输入投票单上印的投票码'), 'empty code refused');
    await userEvent.keyboard('ABCD 2345');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'vote', 'vote');
    expect(el.votingCode).toBe('ABCD 2345');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone: the code field, then a remembered box receipt shown whole with a copy button (${lang})`, async () => {
      const asked = await fixture<QyBallot>(
        html`<div style="width:360px">
          <qy-ballot code-param="c" endpoint=${ENDPOINT} .meeting=${pilotMeeting()}></qy-ballot>
        </div>`,
        { selector: 'qy-ballot', lang },
      );
      expectFitsNarrow(asked, { targets: 'input, button', texts: 'h2, label, .help' });
      // A 31-character code fits the field at 360 px.
      const input = shadow<HTMLInputElement>(asked, '#voting-code');
      input.value = 'K7Q2-9XWD-1M3P-ABCD-EFGH-JKMN-PQ';
      expect(input.scrollWidth).toBeLessThanOrEqual(input.clientWidth);
      await page.screenshot({
        path: `__screenshots__/ballot-code-${lang}.png`,
        element: asked,
      });

      const receipt = 'ab'.repeat(32);
      localStorage.setItem(
        'qingyuan:ballot-delivered',
        JSON.stringify([
          {
            endpoint: ENDPOINT,
            who: await castBy({ code: 'K7Q2-9XWD' }),
            receipt,
            replaced: false,
            at: new Date().toISOString(),
          },
        ]),
      );
      const back = await fixture<QyBallot>(
        html`<div style="width:360px">
          <qy-ballot code="k7q2 9xwd" endpoint=${ENDPOINT} .meeting=${pilotMeeting()}></qy-ballot>
        </div>`,
        { selector: 'qy-ballot', lang },
      );
      await until(() => back.currentStep === 'sent', 'remembered ballot');
      expect(shadow(back, '.receipt-value').textContent?.trim()).toBe(receipt);
      expect(shadowAll(back, 'input[type="checkbox"]')).toHaveLength(0);
      expectFitsNarrow(back, { targets: 'button', texts: 'h2, .receipt-value, p' });
      await expectNoAxeViolations(back.parentElement!.parentElement!);
      await page.screenshot({
        path: `__screenshots__/ballot-receipt-${lang}.png`,
        element: back,
      });
    });
  }
});

describe('<qy-ballot> language, layout and accessibility', () => {
  it('follows the nearest lang, live, and takes host overrides', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      { lang: 'en' },
    );
    expect(text(el)).toContain('Review my ballot');
    el.parentElement!.lang = 'zh-CN';
    await until(() => text(el).includes('检查我的选票'), 'zh-CN text');
    expect(text(el)).toContain('新居民之家');
    el.messages = { 'zh-CN': { toReview: '下一步' } };
    await el.updateComplete;
    expect(await button(el, '下一步')).toBeTruthy();
    el.setAttribute('messages', '{"zh-CN":{"toReview":"核对"}}');
    await el.updateComplete;
    expect(await button(el, '核对')).toBeTruthy();
  });

  it('follows a language switch of an app that renders it inside its shadow root', async () => {
    const app = await fixture<HTMLElement>(html`<div></div>`, { lang: 'en' });
    const screen = document.createElement('section');
    screen.lang = 'en';
    const el = document.createElement('qy-ballot');
    el.voter = 'v-expert';
    el.meeting = pilotMeeting();
    screen.append(el);
    app.attachShadow({ mode: 'open' }).append(screen);
    await until(() => text(el).includes('Review my ballot'), 'en text');
    screen.lang = 'zh-CN';
    await until(() => text(el).includes('检查我的选票'), 'zh-CN text inside a shadow root');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`has no axe violations with long ${lang} text, voting and reviewing`, async () => {
      const meeting = pilotMeeting();
      meeting.projects[1]!.title = longText[lang];
      meeting.projects[1]!.summary = longText[lang];
      const el = await fixture<QyBallot>(
        html`<qy-ballot voter="v-jinhuali" .meeting=${meeting}></qy-ballot>`,
        { lang },
      );
      await expectNoAxeViolations(el.parentElement!);
      await userEvent.click(shadowAll<HTMLButtonElement>(el, 'button.primary')[0]!);
      await el.updateComplete;
      expect(el.currentStep).toBe('review');
      await expectNoAxeViolations(el.parentElement!);
    });
  }

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`gives 44 px touch targets, whole texts and no horizontal scroll on a 360 px phone (${lang}, long text)`, async () => {
      const meeting = pilotMeeting();
      meeting.projects[1]!.title = longText[lang];
      meeting.projects[1]!.summary = longText[lang];
      meeting.criteria[0]!.name = longText[lang];
      const el = await fixture<QyBallot>(
        html`<div style="width:360px">
          <qy-ballot voter="v-expert" .meeting=${meeting}></qy-ballot>
        </div>`,
        { selector: 'qy-ballot', lang },
      );
      expect(text(el)).toContain(longText[lang]);
      shadowAll<HTMLDetailsElement>(el, 'details').forEach((details) => (details.open = true));
      expectFitsNarrow(el, {
        targets: 'label.toggle, button, summary',
        texts: 'fieldset.project > legend, h2, dd, details p',
      });
      await userEvent.click(shadowAll<HTMLButtonElement>(el, 'button.primary')[0]!);
      await el.updateComplete;
      expect(el.currentStep).toBe('review');
      expectFitsNarrow(el, { targets: 'button', texts: 'h2, h3, dt, dd' });

      const score = scoreMeeting();
      score.criteria[0]!.name = longText[lang];
      const scored = await fixture<QyBallot>(
        html`<div style="width:360px">
          <qy-ballot voter="v-expert" .meeting=${score}></qy-ballot>
        </div>`,
        { selector: 'qy-ballot', lang },
      );
      expectFitsNarrow(scored, {
        targets: 'label.option',
        texts: 'fieldset.score > legend',
        minWidth: true,
      });
      await expectNoAxeViolations(scored.parentElement!.parentElement!);
    });
  }
});

/** Waits until the ballot shows its meeting's projects. */
async function loaded(el: QyBallot): Promise<void> {
  await until(() => shadowAll(el, 'fieldset.project').length > 0, 'meeting from src');
  await el.updateComplete;
}

describe('<qy-ballot> restoring a saved state', () => {
  it('keeps a state restored while src is fetching, and drops marks that no longer fit', async () => {
    const meeting = scoreMeeting();
    const [first, second] = meeting.projects;
    const saved = JSON.stringify({
      voter: 'someone-else',
      marks: {
        [first!.id]: { 'public-benefit': 4, 'gone-criterion': 3 },
        [second!.id]: { feasibility: 9, sustainability: true, 'public-benefit': 2 },
        'gone-project': { 'public-benefit': 5 },
      },
    });
    const form = await fixture<HTMLFormElement>(html`<form></form>`, { lang: 'en' });
    const el = document.createElement('qy-ballot');
    el.voter = 'v-expert';
    el.src = jsonUrl(meeting);
    form.append(el);
    el.formStateRestoreCallback(saved, 'restore');
    await loaded(el);
    expect(el.value).toEqual({
      voter: 'v-expert',
      marks: {
        [first!.id]: { 'public-benefit': 4 },
        [second!.id]: { 'public-benefit': 2 },
      },
    });
    const chosen = shadowAll<HTMLInputElement>(el, 'input[type="radio"]').filter((r) => r.checked);
    expect(
      chosen.map((r) => `${r.dataset['project']}/${r.dataset['criterion']}=${r.value}`),
    ).toEqual([`${first!.id}/public-benefit=4`, `${second!.id}/public-benefit=2`]);
    expect(text(el)).toContain('2 of 6 marks given');
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe(
      'Give a mark for every criterion of every project (4 missing).',
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('drops marks of the wrong kind for the meeting’s method, restored after it loaded', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" lang="zh-CN" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    el.formStateRestoreCallback(
      JSON.stringify({
        voter: 'v-expert',
        marks: { 'jinhuali-home': { 'public-benefit': true, feasibility: 3 } },
      }),
      'restore',
    );
    // applied at once to a ballot whose meeting is there
    expect(el.value!.marks['jinhuali-home']).toEqual({
      'public-benefit': true,
      feasibility: false,
      sustainability: false,
    });
    await el.updateComplete;
    expect(checkbox(el, 'jinhuali-home', 'public-benefit').checked).toBe(true);
    expect(text(el)).toContain('已赞成 1 项');
  });

  it('ignores a saved state that is not a ballot', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>`,
    );
    for (const saved of ['not json', '42', '{"marks":[1,2]}', 'null']) {
      el.formStateRestoreCallback(saved, 'restore');
      await el.updateComplete;
      expect(el.value).toEqual({ voter: 'v-expert', marks: {} });
    }
  });
});

runFormControlTests<QyBallot>({
  tag: 'qy-ballot',
  create: async (form) => {
    const el = document.createElement('qy-ballot');
    el.name = 'field';
    el.voter = 'v-expert';
    el.meeting = scoreMeeting();
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: async (el) => {
    for (const group of shadowAll<HTMLFieldSetElement>(el, 'fieldset.score')) {
      await userEvent.click(group.querySelectorAll('input')[3]!);
    }
  },
  fillPartly: async (el) => {
    const groups = shadowAll<HTMLFieldSetElement>(el, 'fieldset.score');
    await userEvent.click(groups[0]!.querySelectorAll('input')[4]!);
    await userEvent.click(groups[4]!.querySelectorAll('input')[1]!);
  },
  resetAfterRestore: true,
  lateDocument: {
    create: (form) => {
      const el = document.createElement('qy-ballot');
      el.name = 'field';
      el.voter = 'v-expert';
      el.src = jsonUrl(scoreMeeting());
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: loaded,
  },
  invalidWhenEmpty: true,
});
