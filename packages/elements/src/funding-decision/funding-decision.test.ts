import {
  allocateFunds,
  checkFundingDecision,
  type FundingDecision,
  type ResultsSummarySheet,
} from '@qingyuan/core';
import {
  pilotBodies,
  pilotParticipants,
  pilotRanking,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/funding-decision.js';
import type { QyFundingDecisionQueuedEvent } from '../events/funding-decision-queued.js';
import type { QyFundingDecisionRejectedEvent } from '../events/funding-decision-rejected.js';
import type { QyFundingDecisionSentEvent } from '../events/funding-decision-sent.js';
import type { QyFundingDecisionSubmitEvent } from '../events/funding-decision-submit.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, shadow, shadowAll, until } from '../testing/fixture.js';
import { activeIn, tabUntil } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT, freshDeviceAndStub } from '../testing/stub-client.js';
import type { FundingOpinion, QyFundingDecision } from './funding-decision.js';

const ENDPOINT = STUB_ENDPOINT;
const fund = (yuan: number) => ({ amount: yuan * 100, currency: 'CNY' });
const unsigned: ResultsSummarySheet = (() => {
  const { signOff: _, ...rest } = pilotSummarySheet;
  return rest;
})();

/** The opinions core's rule `decision.opinions` wants: a street leader's and an expert's. */
const weighed: FundingOpinion[] = [
  { by: 'p-street-leader', text: { en: 'Favour the projects for children' } },
  { by: 'p-expert', text: { en: 'The fourth project needs a pilot first' } },
];

beforeEach(freshDeviceAndStub);
afterEach(cleanupFixtures);

async function decision(
  options: {
    sheet?: ResultsSummarySheet;
    yuan?: number;
    lang?: string;
    endpoint?: string;
    opinions?: FundingOpinion[];
  } = {},
): Promise<QyFundingDecision> {
  return fixture<QyFundingDecision>(
    html`<qy-funding-decision
      .sheet=${options.sheet ?? pilotSummarySheet}
      .fund=${fund(options.yuan ?? 21000)}
      .bodies=${pilotBodies}
      .participants=${pilotParticipants}
      .opinions=${options.opinions ?? weighed}
      decided-at="2007-10-09T10:00:00+08:00"
      endpoint=${options.endpoint ?? ''}
    ></qy-funding-decision>`,
    { lang: options.lang ?? 'en' },
  );
}

const rowStatuses = (el: QyFundingDecision) =>
  shadowAll(el, 'tbody tr[data-project]').map((tr) => [
    tr.dataset['project'],
    tr.dataset['status'],
  ]);

async function fillOverride(
  el: QyFundingDecision,
  project: string,
  amount: string,
  reason: string,
) {
  const form = shadow(el, '[part="override-form"]');
  (form.querySelector('select[name="project"]') as HTMLSelectElement).value = project;
  const input = form.querySelector<HTMLInputElement>('input[name="amount"]')!;
  input.value = amount;
  form.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value = reason;
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

async function addOpinion(el: QyFundingDecision, by: string, text: string) {
  const form = shadow(el, '[part="opinion-form"]');
  (form.querySelector('select') as HTMLSelectElement).value = by;
  form.querySelector('textarea')!.value = text;
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('<qy-funding-decision> heading-level', () => {
  const levels = (el: QyFundingDecision) =>
    ['heading', 'sign-off-title', 'opinions-title', 'overrides-title'].map(
      (id) => shadow(el, `#${id}`).localName,
    );

  it('fits the host page outline: its heading at heading-level, its sections one below', async () => {
    const el = await decision();
    expect(levels(el)).toEqual(['h2', 'h3', 'h3', 'h3']);
    expect(shadow(el, '#heading').className).toBe('title');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(levels(el)).toEqual(['h3', 'h4', 'h4', 'h4']);
    expect(shadow(el, 'h3#heading').textContent).toContain('Funding decision');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(levels(el)).toEqual(['h6', 'h6', 'h6', 'h6']);
    el.setAttribute('heading-level', 'x');
    await el.updateComplete;
    expect(levels(el)).toEqual(['h2', 'h3', 'h3', 'h3']);
    el.headingLevel = 5;
    await el.updateComplete;
    const title = getComputedStyle(shadow(el, '#heading')).fontSize;
    const section = getComputedStyle(shadow(el, '#opinions-title')).fontSize;
    expect(parseFloat(title)).toBeGreaterThan(parseFloat(section));
    await expectNoAxeViolations(el);
  });
});

describe('<qy-funding-decision>', () => {
  it('funds the signed ranking down to the fund line as core allocates, and says where the fund runs out', async () => {
    const el = await decision();
    const allocation = allocateFunds(
      pilotRanking.map((r) => ({
        project: r.project,
        requested: pilotSummarySheet.rows.find((row) => row.project === r.project)!.requested,
      })),
      fund(21000),
    );
    if (!allocation.ok) throw new Error('allocation');
    expect(rowStatuses(el)).toEqual(allocation.allocation.grants.map((g) => [g.project, g.status]));
    expect(rowStatuses(el)).toEqual([
      ['jinhuali-home', 'funded'],
      ['xinghuayuan-children', 'funded'],
      ['yuhuayuan-culture', 'skipped'],
      ['jinhuiyuan-efamily', 'funded'],
    ]);
    // The fund line sits before the first project the fund no longer covers.
    const rows = shadowAll(el, 'tbody tr');
    expect(rows[2]!.getAttribute('part')).toBe('fund-line');
    expect(shadow(el, '[part="fund"]').textContent).toContain('remaining CN¥0.00');
    expect(shadow(el, '[part="sign-off"]').textContent).toContain('Discipline inspection');
    // The rule's skip is recorded as a departure in the document, by the service center.
    expect(el.value!.departures).toEqual([
      expect.objectContaining({ project: 'yuhuayuan-culture', by: 'p-center' }),
    ]);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('asks why before recording a change, and shows core’s reasons when a change breaks a funding rule', async () => {
    const el = await decision();
    await fillOverride(el, 'yuhuayuan-culture', '3000', '');
    expect(shadow(el, '#e-reason').textContent).toBe('Say why the grant departs from the rule.');
    expect(activeIn(el)?.id).toBe('f-reason');
    const reason = shadow<HTMLTextAreaElement>(el, '#f-reason');
    expect(reason.labels[0]!.textContent).toBe('Reason');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toBe('e-reason');
    await fillOverride(el, 'yuhuayuan-culture', '9000', 'More than it asked');
    expect(shadow(el, '#override-refused').textContent).toContain('is above its request of 800000');
    await fillOverride(el, 'jinhuali-home', 'ten', 'x');
    expect(shadow(el, '#e-amount').textContent).toContain('Type the grant as an amount');
    expect(el.value!.departures).toHaveLength(1);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('records a change with who decided and why, and the decision passes core’s funding check', async () => {
    const el = await decision();
    await fillOverride(el, 'jinhuiyuan-efamily', '3000', 'Experts advised a six-month pilot first');
    const value = el.value!;
    expect(value.grants.find((g) => g.project === 'jinhuiyuan-efamily')!.amount.amount).toBe(
      300000,
    );
    expect(value.departures).toContainEqual({
      project: 'jinhuiyuan-efamily',
      by: 'p-center',
      reason: { en: 'Experts advised a six-month pilot first' },
    });
    expect(checkFundingDecision(value, pilotRanking).ok).toBe(true);
    expect(shadow(el, '[part="overrides"] li').textContent).toContain(
      'decided by Community service center: Experts advised a six-month pilot first',
    );
    expect(shadow(el, '[part="fund"]').textContent).toContain('remaining CN¥3,000.00');
  });

  it('restores the changes a person made from a decision the browser saved, not the rule’s own departures', async () => {
    const el = await decision();
    await fillOverride(el, 'jinhuiyuan-efamily', '3000', 'Experts advised a six-month pilot first');
    const saved = JSON.stringify(el.value);
    const again = await decision({ opinions: [] });
    again.formStateRestoreCallback(saved, 'restore');
    await again.updateComplete;
    // the pilot's rule itself skips the culture project (a departure with the rule's reason):
    // only the person's change comes back as a recorded change, with the opinions
    expect(
      shadowAll(again, '[part="overrides"] li[data-project]').map((li) => li.dataset['project']),
    ).toEqual(['jinhuiyuan-efamily']);
    expect(again.value).toEqual(el.value);
    again.formStateRestoreCallback('{"departures":"not a list","grants":[]}', 'restore');
    await again.updateComplete;
    expect(again.value).toEqual(el.value);
  });

  it('records a change and removes it again with the keyboard only', async () => {
    const el = await decision();
    await tabUntil(el, 'override-project', { name: (field) => field?.id ?? '' });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect((activeIn(el) as HTMLSelectElement).value).toBe('jinhuiyuan-efamily');
    await userEvent.tab();
    await userEvent.keyboard('3000');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('A pilot first');
    await tabUntil(el, 'Record the change');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value!.departures).toContainEqual(
      expect.objectContaining({ project: 'jinhuiyuan-efamily', reason: { en: 'A pilot first' } }),
    );
    await tabUntil(el, 'Remove the change of e-Family Service Club', { shift: true });
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value!.departures.map((d) => d.project)).toEqual(['yuhuayuan-culture']);
    expect(activeIn(el)?.id).toBe('override-project');
  });

  it('adds the opinions of street leaders and experts to the document', async () => {
    const el = await decision({ lang: 'zh-CN', opinions: [] });
    const form = shadow(el, '[part="opinion-form"]');
    (form.querySelector('select') as HTMLSelectElement).value = 'p-expert';
    form.querySelector('textarea')!.value = '建议加强培训后的就业跟踪';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.value!.opinions).toEqual([
      { by: 'p-expert', text: { 'zh-CN': '建议加强培训后的就业跟踪' } },
    ]);
    expect(shadow(el, '[part="opinions"] li').textContent).toContain('与会专家');
  });

  it('will not post while the summary sheet is not signed off, and says so (core’s rule)', async () => {
    const el = await decision({ sheet: unsigned, endpoint: ENDPOINT });
    const blocking = shadow(el, '#blocking');
    expect(blocking.querySelector('li')!.dataset['rule']).toBe('summary-sheet.signed-off');
    expect(el.checkValidity()).toBe(false);
    const post = shadow<HTMLButtonElement>(el, '[part="post"]');
    expect(post.getAttribute('aria-disabled')).toBe('true');
    post.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.step).toBeUndefined();
    expect(activeIn(el)?.id).toBe('blocking');
    expect((await stubState()).attempts).toBe(0);
    await expectNoAxeViolations(el.parentElement!);
  });

  for (const [lang, missing, noExpert, blocked] of [
    [
      'en',
      'Decision “fd-qingyuan-2007” records no opinion of street leaders and experts',
      'The decision records no expert’s opinion',
      'Fix what is listed above before posting.',
    ],
    [
      'zh-CN',
      '资助决定“fd-qingyuan-2007”没有记录街道领导和与会专家的意见',
      '资助决定没有记录与会专家的意见',
      '请先处理上面列出的问题。',
    ],
  ] as const) {
    it(`will not post a decision without the opinions core’s rule wants, says so at the opinions (${lang}), and posts once they are added`, async () => {
      const el = await decision({ endpoint: ENDPOINT, lang, opinions: [] });
      await fillOverride(el, 'jinhuiyuan-efamily', '3000', 'A pilot first');
      const text = () => shadow<HTMLTextAreaElement>(el, '#f-opinion');
      text().value = 'typed, not added yet';
      expect(shadowAll(el, '#e-opinion')).toHaveLength(0);
      shadow<HTMLButtonElement>(el, '[part="post"]').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.step).toBeUndefined();
      expect((await stubState()).attempts).toBe(0);
      expect(shadow(el, '#e-opinion').textContent?.trim()).toBe(missing);
      expect(shadow(el, '[part="opinions"]').contains(shadow(el, '#e-opinion'))).toBe(true);
      expect(shadow(el, '[role="alert"]').textContent?.trim()).toBe(blocked);
      expect(activeIn(el)?.id).toBe('f-opinion');
      expect(text().getAttribute('aria-invalid')).toBe('true');
      expect(text().getAttribute('aria-describedby')).toBe('e-opinion');
      expect(el.checkValidity()).toBe(false);
      // Nothing the decider did is lost: the change, and the words typed into the form.
      expect(text().value).toBe('typed, not added yet');
      expect(el.value!.departures).toContainEqual(
        expect.objectContaining({ project: 'jinhuiyuan-efamily' }),
      );
      await expectNoAxeViolations(el.parentElement!);

      // With the participants known, core's rule wants a street leader and an expert.
      await addOpinion(el, 'p-street-leader', 'Favour the projects for children');
      expect(shadow(el, '#e-opinion').textContent?.trim()).toBe(noExpert);
      await addOpinion(el, 'p-expert', 'A pilot first for the fourth');
      expect(shadowAll(el, '#e-opinion')).toHaveLength(0);
      expect(text().getAttribute('aria-invalid')).toBe('false');
      expect(text().hasAttribute('aria-describedby')).toBe(false);
      expect(el.checkValidity()).toBe(true);

      const sent: QyFundingDecisionSentEvent[] = [];
      el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
      shadow<HTMLButtonElement>(el, '[part="post"]').click();
      await until(() => sent.length === 1, 'the sent event');
      const body = JSON.parse((await stubState()).stored[0]!.body) as FundingDecision;
      expect(body.opinions?.map((o) => o.by)).toEqual(['p-street-leader', 'p-expert']);
      expect(body.departures).toContainEqual(
        expect.objectContaining({ project: 'jinhuiyuan-efamily' }),
      );
    });
  }

  it('posts the FundingDecision with an idempotency key, with the keyboard', async () => {
    const el = await decision({ endpoint: ENDPOINT });
    const submitted: QyFundingDecisionSubmitEvent[] = [];
    const sent: QyFundingDecisionSentEvent[] = [];
    el.addEventListener('qy-funding-decision-submit', (e) => submitted.push(e));
    el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
    await tabUntil(el, 'Post the funding decision');
    await userEvent.keyboard('{Enter}');
    await until(() => sent.length === 1, 'the sent event');
    await el.updateComplete;
    const state = await stubState();
    expect(state.stored).toHaveLength(1);
    const body = JSON.parse(state.stored[0]!.body) as FundingDecision;
    expect(body).toEqual(submitted[0]!.detail.decision);
    expect(body.id).toBe('fd-qingyuan-2007');
    expect(sent[0]!.detail.key).toBe(state.stored[0]!.key);
    expect(shadow(el, '#step-title').textContent).toBe('The funding decision was received.');
    expect(activeIn(el)?.id).toBe('step-title');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('keeps the decision on the device while offline and posts it once when back', async () => {
    await stub({ down: true });
    const el = await decision({ endpoint: ENDPOINT, lang: 'zh-CN' });
    const queued: QyFundingDecisionQueuedEvent[] = [];
    const sent: QyFundingDecisionSentEvent[] = [];
    el.addEventListener('qy-funding-decision-queued', (e) => queued.push(e));
    el.addEventListener('qy-funding-decision-sent', (e) => sent.push(e));
    shadow<HTMLButtonElement>(el, '[part="post"]').click();
    await until(() => queued.length === 1, 'the queued event');
    await el.updateComplete;
    expect(shadow(el, '#step-title').textContent).toContain('没有网络');
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await el.retryNow();
    await until(() => sent.length === 1, 'the sent event');
    expect(sent[0]!.detail.key).toBe(queued[0]!.detail.key);
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('shows the server’s refusal in its own words', async () => {
    await stub({ refuse: true, refusal: { status: 409, body: { error: 'a decision exists' } } });
    const el = await decision({ endpoint: ENDPOINT });
    const rejected: QyFundingDecisionRejectedEvent[] = [];
    el.addEventListener('qy-funding-decision-rejected', (e) => rejected.push(e));
    shadow<HTMLButtonElement>(el, '[part="post"]').click();
    await until(() => rejected.length === 1, 'the rejected event');
    await el.updateComplete;
    expect(rejected[0]!.detail.status).toBe(409);
    expect(shadow(el, '#step-title').textContent).toContain('a decision exists');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('takes part in a host form: its value is the decision, and a reset drops the changes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <qy-funding-decision
          name="decision"
          .sheet=${pilotSummarySheet}
          .fund=${fund(30000)}
          .bodies=${pilotBodies}
          .participants=${pilotParticipants}
          .opinions=${weighed}
          decided-at="2007-10-09T10:00:00+08:00"
        ></qy-funding-decision>
      </form>`,
      { lang: 'en' },
    );
    const el = form.querySelector<QyFundingDecision>('qy-funding-decision')!;
    const submitted = JSON.parse(String(new FormData(form).get('decision'))) as FundingDecision;
    expect(submitted.grants.map((g) => g.project)).toEqual(pilotRanking.map((r) => r.project));
    expect(submitted.departures).toEqual([]);
    await fillOverride(el, 'jinhuali-home', '9000', 'Part of the home is already paid for');
    expect(
      (JSON.parse(String(new FormData(form).get('decision'))) as FundingDecision).departures,
    ).toHaveLength(1);
    form.reset();
    await el.updateComplete;
    expect(el.value!.departures).toEqual([]);
  });

  it('fits a 360 px phone', async () => {
    const el = await fixture<QyFundingDecision>(
      html`<div style="width:360px">
        <qy-funding-decision
          .sheet=${pilotSummarySheet}
          .fund=${fund(21000)}
          .bodies=${pilotBodies}
          .participants=${pilotParticipants}
        ></qy-funding-decision>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-funding-decision' },
    );
    // The ranking's header row is hidden from the eyes on a phone (each card names its values).
    expectFitsNarrow(el, {
      targets: 'button, select, input, textarea',
      texts: 'h2, h3, td, tbody th',
    });
    // Each amount stays whole on one line, its column's name beside it.
    const amounts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody td.num')];
    expect(amounts.length).toBeGreaterThan(0);
    for (const cell of amounts) {
      // The line boxes of every text in the cell (its column's name and the amount).
      const tops = new Set<number>();
      const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node !== null; node = texts.nextNode()) {
        if (node.textContent!.trim() === '') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
      }
      expect(tops.size, `“${cell.textContent?.trim()}” is broken over lines`).toBe(1);
      expect(cell.querySelector('.label')!.checkVisibility()).toBe(true);
    }
    await expectNoAxeViolations(el.parentElement!);
  });
});
