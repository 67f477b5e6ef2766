import { auditTotals, ProjectEventSchema, type ExecutionReport } from '@qingyuan/core';
import { pilotBodies, pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/closing-report.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  jsonUrl,
  settle,
  shadow,
  shadowAll,
  shadowButton,
  shadowText,
  until,
} from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { activeIn } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT, freshDeviceAndStub } from '../testing/stub-client.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import type { QyClosingReport } from './closing-report.js';
import { amendedApplication, jinhualiClosing, overspentClosing } from './closing-report.fixture.js';

const ENDPOINT = STUB_ENDPOINT;

beforeEach(freshDeviceAndStub);
afterEach(async () => {
  cleanupFixtures();
  await freshDeviceAndStub();
});

async function reading(documents: unknown, lang = 'en'): Promise<QyClosingReport> {
  return fixture<QyClosingReport>(
    html`<qy-closing-report
      mode="read"
      .participants=${pilotParticipants}
      .bodies=${pilotBodies}
      .documents=${documents}
    ></qy-closing-report>`,
    { lang },
  );
}

async function writing(endpoint = '', lang = 'en'): Promise<QyClosingReport> {
  return fixture<QyClosingReport>(
    html`<qy-closing-report
      submitted-by="p-li"
      endpoint=${endpoint}
      .documents=${{ application: amendedApplication() }}
    ></qy-closing-report>`,
    { lang },
  );
}

async function choose(el: QyClosingReport, id: string, value: string): Promise<void> {
  const select = shadow<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function type(el: QyClosingReport, id: string, text: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, `#${id}`);
  field.focus();
  await userEvent.keyboard(text);
  await el.updateComplete;
}

/** A complete report: the period, each of the three planned activities done, a summary. */
async function fillReport(el: QyClosingReport): Promise<void> {
  shadow<HTMLInputElement>(el, '#f-period-start').value = '2007-05-15';
  shadow(el, '#f-period-start').dispatchEvent(new Event('input'));
  shadow<HTMLInputElement>(el, '#f-period-end').value = '2007-12-31';
  shadow(el, '#f-period-end').dispatchEvent(new Event('input'));
  for (const index of [0, 1, 2]) await choose(el, `f-activities-${index}-status`, 'done');
  await type(el, 'f-activities-0-participants', '1890');
  await type(el, 'f-summary', 'The supermarket opened every week');
}

describe('<qy-closing-report mode="read">', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await writing());
  });

  it('shows the report, the audit with core’s totals and the evaluation, axe clean', async () => {
    const closing = jinhualiClosing();
    const el = await reading(closing);
    const text = shadowText(el);
    expect(text).toContain("Closing report: New Residents' Home");
    expect(text).toContain('Period: 2007-10-15 to 2007-11-30');
    expect(text).toContain('Mending and ironing');
    expect(text).toContain('360 people reached');
    const lines = shadowAll(el, '[part="audit-line"]');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.textContent).toContain('Shelves');
    expect(lines[0]!.textContent).toMatch(
      /Budgeted CN¥5,000\.00.*Spent CN¥4,800\.00.*Under by CN¥200\.00/s,
    );
    expect(lines[3]!.textContent).toContain('In kind');
    // the totals are core's auditTotals, shown as they are
    const totals = auditTotals(closing.audit)!;
    expect(totals.actual).toBe(965000n);
    expect(shadow(el, '[part="totals"]').textContent).toContain(
      'From the grant: budgeted CN¥10,000.00, spent CN¥9,650.00.',
    );
    expect(text).toContain('Grant spending stays within the grant.');
    expect(text).toContain('Co-funding used: CN¥2,000.00');
    expect(text).toContain('Project income used: CN¥1,300.00');
    expect(text).toContain('Conclusion: Compliant');
    expect(text).toContain('Audited by Finance office on 2007-12-12');
    const indicators = shadowAll(el, '[part="indicator"]');
    expect(indicators).toHaveLength(3);
    expect(indicators[0]!.textContent).toContain('Target 200 visits, reached 240 (120%)');
    expect(indicators[0]!.textContent).toContain('Met');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('marks overspending and lists the approvals; a missed indicator says so in words', async () => {
    const el = await reading(overspentClosing());
    expect(shadowText(el)).toContain('Grant spending exceeds the grant by CN¥650.00.');
    expect(shadow(el, '[part="audit-line"]').textContent).toContain('Over by CN¥800.00');
    expect(shadow(el, '[part="approvals"]').textContent).toContain(
      'Supervision and audit group approved a ceiling of CN¥11,000.00 (Discipline inspection, 2007-11-20)',
    );
    const children = shadowAll(el, '[part="indicator"]')[1]!;
    expect(children.textContent).toContain('Not met');
    expect(children.textContent).toContain('(75%)');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('names the approving body in the page’s language, and shows its id when no bodies are given', async () => {
    const named = await reading(overspentClosing(), 'zh-CN');
    expect(shadow(named, '[part="approvals"]').textContent).toContain('项目监审组 批准支出上限');
    const bare = await fixture<QyClosingReport>(
      html`<qy-closing-report mode="read" .documents=${overspentClosing()}></qy-closing-report>`,
    );
    expect(shadow(bare, '[part="approvals"]').textContent).toContain(
      'qingyuan-supervision approved a ceiling',
    );
  });

  it('says which documents are still missing, in Chinese', async () => {
    const el = await reading({ application: amendedApplication() }, 'zh-CN');
    const text = shadowText(el);
    expect(text).toContain('尚未提交执行报告。');
    expect(text).toContain('尚未记录财务审计。');
    expect(text).toContain('尚未记录终期评估。');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('reads the documents from a src URL and names where a document is wrong', async () => {
    const closing = jinhualiClosing();
    const broken = {
      ...closing,
      audit: {
        ...closing.audit,
        lines: [{ ...closing.audit.lines[0]!, actual: { amount: 1.5, currency: 'CNY' } }],
      },
    };
    const el = await fixture<QyClosingReport>(
      html`<qy-closing-report mode="read" src=${jsonUrl(broken)}></qy-closing-report>`,
      { lang: 'en' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="error"]') !== null, 'error');
    expect(shadow(el, '[part="error"]').textContent).toContain('audit.lines[0].actual.amount');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('is not a form value in reading mode', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <qy-closing-report name="r" mode="read" .documents=${jinhualiClosing()}></qy-closing-report>
      </form>`,
    );
    await settle(form);
    expect(new FormData(form).get('r')).toBeNull();
    expect(form.checkValidity()).toBe(true);
  });

  it('fits a 360 px phone', async () => {
    const el = await fixture<QyClosingReport>(
      html`<div style="width:360px">
        <qy-closing-report mode="read" .documents=${overspentClosing()}></qy-closing-report>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-closing-report' },
    );
    expectFitsNarrow(el, {
      targets: '[part="audit-line"], [part="indicator"]',
      texts: 'h2, h3, h4, p',
    });
  });
});

describe('<qy-closing-report> writing mode', () => {
  it('shows core’s violations beside the fields and focuses the first', async () => {
    const el = await writing();
    await userEvent.click(await shadowButton(el, 'Submit the report'));
    await el.updateComplete;
    expect(shadow(el, '#e-period-start').textContent).not.toBe('');
    expect(shadow(el, '#e-activities-0-status').textContent).not.toBe('');
    expect(shadow(el, '#e-summary').textContent).toBe('Must not be empty');
    expect(shadow(el, '[part="summary"]').textContent).toMatch(/\d+ problem\(s\)/);
    expect(activeIn(el)?.id).toBe('f-period-start');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('says in Chinese what the period needs', async () => {
    const el = await writing('', 'zh-CN');
    shadow<HTMLInputElement>(el, '#f-period-start').value = '2007-12-31';
    shadow(el, '#f-period-start').dispatchEvent(new Event('input'));
    shadow<HTMLInputElement>(el, '#f-period-end').value = '2007-05-15';
    shadow(el, '#f-period-end').dispatchEvent(new Event('input'));
    await userEvent.click(await shadowButton(el, '提交报告'));
    await el.updateComplete;
    expect(shadow(el, '#e-period-end').textContent).toMatch(/[\u4e00-\u9fff]/);
  });

  it('posts core’s report-submitted event through the outbox', async () => {
    const el = await writing(ENDPOINT);
    const submitted: unknown[] = [];
    el.addEventListener('qy-report-submit', (e) => submitted.push(e.detail.event));
    await fillReport(el);
    shadow(el, '#f-summary').focus();
    await userEvent.tab(); // problems
    await userEvent.tab();
    expect(activeIn(el)?.textContent?.trim()).toBe('Submit the report');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'sent', 'sent');
    const { stored } = await stubState();
    expect(stored).toHaveLength(1);
    const body = JSON.parse(stored[0]!.body) as { payload: { report: ExecutionReport } };
    expect(ProjectEventSchema.safeParse(body).success).toBe(true);
    expect(body).toEqual(submitted[0]);
    expect(body).toMatchObject({ type: 'report-submitted', by: 'p-li' });
    expect(body.payload.report.activities.map((a) => a.activity)).toEqual([
      'a-supermarket',
      'a-paradise',
      'a-mending',
    ]);
    expect(shadowText(el)).toContain('The report was received.');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('keeps the report on the device while offline and sends it once', async () => {
    await stub({ down: true });
    const el = await writing(ENDPOINT);
    await fillReport(el);
    await userEvent.click(await shadowButton(el, 'Submit the report'));
    await until(() => el.currentStep === 'queued', 'queued');
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await userEvent.click(await shadowButton(el, 'Try again now'));
    await until(() => el.currentStep === 'sent', 'sent');
    await el.retryNow();
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('shows the server’s reason for a refusal', async () => {
    await stub({
      refuse: true,
      refusal: { status: 409, body: { message: 'The project is not in execution' } },
    });
    const el = await writing(ENDPOINT);
    await fillReport(el);
    await userEvent.click(await shadowButton(el, 'Submit the report'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toContain('The project is not in execution');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('fits a 360 px phone, with its errors', async () => {
    const el = await fixture<QyClosingReport>(
      html`<div style="width:360px">
        <qy-closing-report .documents=${{ application: amendedApplication() }}></qy-closing-report>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-closing-report' },
    );
    await userEvent.click(await shadowButton(el, '提交报告'));
    await el.updateComplete;
    expectFitsNarrow(el, { targets: 'button, input, select, textarea', texts: 'label, p, legend' });
  });
});

runFormControlTests<QyClosingReport>({
  tag: 'qy-closing-report',
  create: async (form) => {
    const el = document.createElement('qy-closing-report');
    el.name = 'field';
    el.submittedBy = 'p-li';
    el.documents = { application: amendedApplication() };
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: fillReport,
  fillPartly: (el) => type(el, 'f-summary', 'Half written'),
  resetAfterRestore: true,
  invalidWhenEmpty: true,
  lateDocument: {
    create: (form) => {
      const el = document.createElement('qy-closing-report');
      el.name = 'field';
      el.submittedBy = 'p-li';
      el.src = jsonUrl({ application: amendedApplication() });
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: (el) => until(() => el.shadowRoot?.querySelector('#f-summary') !== null, 'src'),
  },
  comparable: (value) => {
    if (typeof value !== 'string') return value;
    const { id: _id, submittedAt: _at, ...rest } = JSON.parse(value) as ExecutionReport;
    return rest;
  },
});
