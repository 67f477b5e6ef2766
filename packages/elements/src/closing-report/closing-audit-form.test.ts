import { auditTotals, ProjectEventSchema, type FinancialAudit } from '@qingyuan/core';
import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/closing-report.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  settle,
  shadow,
  shadowAll,
  shadowButton,
  shadowText,
  until,
} from '../testing/fixture.js';
import { activeIn, controlName, tabUntil, typingTimeout } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { freshDeviceAndStub, stub, stubState, STUB_ENDPOINT } from '../testing/stub-client.js';
import type { QyClosingReport } from './closing-report.js';
import { amendedApplication, jinhualiClosing, overspentClosing } from './closing-report.fixture.js';

beforeEach(freshDeviceAndStub);
afterEach(async () => {
  cleanupFixtures();
  await freshDeviceAndStub();
});

/** The audit writing of Jinhuali's project, its form loaded. */
async function auditing(
  options: { endpoint?: string; lang?: string; approvals?: unknown[]; credential?: string } = {},
): Promise<QyClosingReport> {
  const el = await fixture<QyClosingReport>(
    html`<qy-closing-report
      writes="audit"
      submitted-by="p-caizheng"
      endpoint=${options.endpoint ?? ''}
      .credential=${options.credential ?? ''}
      .participants=${pilotParticipants}
      .documents=${{ application: amendedApplication(), approvals: options.approvals ?? [] }}
    ></qy-closing-report>`,
    { lang: options.lang ?? 'en' },
  );
  await until(() => el.shadowRoot?.querySelector('#f-lines-0-actual') !== null, 'audit form');
  return el;
}

/** Types into a field by the keyboard only (focus, select what is there, type). */
async function typeInto(el: QyClosingReport, id: string, text: string): Promise<void> {
  shadow<HTMLInputElement>(el, `#${id}`).focus();
  await userEvent.keyboard('{Control>}a{/Control}');
  await userEvent.keyboard(text === '' ? '{Backspace}' : text);
  await el.updateComplete;
}

/** Jinhuali's actual spending (core's example audit), typed line by line with Tab between. */
async function fillAudit(el: QyClosingReport, shelves = '4800'): Promise<void> {
  const amounts = [shelves, '3,900', '950.00', '2000', '1300'];
  shadow<HTMLInputElement>(el, '#f-lines-0-actual').focus();
  for (const [index, amount] of amounts.entries()) {
    expect(activeIn(el)?.id).toBe(`f-lines-${index}-actual`);
    await userEvent.keyboard(amount);
    await userEvent.tab(); // the line's note
    await userEvent.tab(); // the next line's amount, or the conclusion
  }
  expect(activeIn(el)?.id).toBe('f-conclusion');
  await userEvent.keyboard('{ArrowDown}'); // compliant
  await el.updateComplete;
}

describe('<qy-closing-report writes="audit">', () => {
  it(
    'is written by the keyboard alone, shows core’s totals as typed and posts core’s audit-recorded event',
    async () => {
      const el = await auditing({ endpoint: STUB_ENDPOINT, credential: 'secret-of-the-office' });
      const submitted: unknown[] = [];
      el.addEventListener('qy-report-submit', (e) => submitted.push(e.detail.event));
      const sent: string[] = [];
      el.addEventListener('qy-report-sent', (e) => sent.push(e.detail.type));
      expect(shadowAll(el, '[part="audit-line"]')).toHaveLength(5);
      expect(shadowText(el)).toContain('Grant approved: CN¥10,000.00');
      await fillAudit(el);
      expect(shadow<HTMLSelectElement>(el, '#f-conclusion').value).toBe('compliant');
      // every line's variance and the totals, as core's auditTotals has them
      expect(shadowAll(el, '[part="audit-line"]')[0]!.textContent).toContain('Under by CN¥200.00');
      const totals = auditTotals(el.value as FinancialAudit)!;
      expect(totals.actual).toBe(965000n);
      expect(shadow(el, '[part="totals"]').textContent).toContain(
        'From the grant: budgeted CN¥10,000.00, spent CN¥9,650.00.',
      );
      expect(shadowText(el)).toContain('Co-funding used: CN¥2,000.00');
      expect(shadowText(el)).toContain('Project income used: CN¥1,300.00');
      expect(await tabUntil(el, 'Record the audit')).toContain('Remarks (optional)');
      await userEvent.keyboard('{Enter}');
      await until(() => el.currentStep === 'sent', 'sent');
      const { stored } = await stubState();
      expect(stored).toHaveLength(1);
      expect(stored[0]!.authorization).toBe('Bearer secret-of-the-office');
      const body = JSON.parse(stored[0]!.body) as { payload: { audit: FinancialAudit } };
      const parsed = ProjectEventSchema.safeParse(body);
      expect(parsed.success).toBe(true);
      expect(body).toEqual(submitted[0]);
      expect(body).toMatchObject({ type: 'audit-recorded', by: 'p-caizheng' });
      expect(body.payload.audit).toMatchObject({
        project: 'jinhuali-home',
        granted: { amount: 1000000, currency: 'CNY' },
        auditedBy: ['p-caizheng'],
        conclusion: 'compliant',
      });
      expect(
        body.payload.audit.lines.map((line) => [line.line, line.source, line.actual.amount]),
      ).toEqual([
        ['b-shelves', undefined, 480000],
        ['b-toys', undefined, 390000],
        ['b-mending', undefined, 95000],
        ['c-clothes', 'in-kind', 200000],
        ['c-sales', 'low-price-sales', 130000],
      ]);
      expect(sent).toEqual(['audit-recorded']);
      expect(shadowText(el)).toMatch(/Financial audit fa-[\w-]+, recorded \d{4}-\d\d-\d\d\./);
      await expectNoAxeViolations(el.parentElement!);
    },
    typingTimeout,
  );

  it('names each problem beside its field after the first attempt, and clears it once fixed', async () => {
    const el = await auditing();
    expect(shadow(el, '#f-lines-0-actual').getAttribute('aria-invalid')).toBe('false');
    await userEvent.click(await shadowButton(el, 'Record the audit'));
    await el.updateComplete;
    expect(shadow(el, '#e-lines-0-actual').textContent).toBe(
      'Enter the actual amount of “Shelves”',
    );
    expect(shadow(el, '#e-lines-4-actual').textContent).toContain(
      'Income from the low-price sales',
    );
    expect(shadow(el, '#e-conclusion').textContent).not.toBe('');
    expect(shadow(el, '[part="summary"]').textContent).toContain(
      'The audit cannot be recorded yet: 6 problem(s)',
    );
    expect(activeIn(el)?.id).toBe('f-lines-0-actual');
    expect(shadow(el, '#f-lines-0-actual').getAttribute('aria-describedby')).toBe(
      'e-lines-0-actual',
    );
    await expectNoAxeViolations(el.parentElement!);
    await typeInto(el, 'f-lines-0-actual', 'about 4800');
    expect(shadow(el, '#e-lines-0-actual').textContent).toBe(
      'The actual amount of “Shelves” must be a number, e.g. 4800.50',
    );
    await typeInto(el, 'f-lines-0-actual', '4800.123');
    expect(shadow(el, '#e-lines-0-actual').textContent).toContain('too many decimals');
    await typeInto(el, 'f-lines-0-actual', '4800');
    expect(el.shadowRoot!.querySelector('#e-lines-0-actual')).toBeNull();
    expect(shadow(el, '[part="summary"]').textContent).toContain('5 problem(s)');
  });

  it('refuses grant spending beyond the grant without an approval (core’s spending.within-grant)', async () => {
    const el = await auditing();
    await fillAudit(el, '5800');
    expect(shadow(el, '[part="totals"]').textContent).toContain(
      'Grant spending exceeds the grant by CN¥650.00.',
    );
    await userEvent.click(await shadowButton(el, 'Record the audit'));
    await el.updateComplete;
    expect(el.violations.map((v) => v.rule)).toEqual(['spending.within-grant']);
    expect(shadow(el, '[part="summary"]').textContent).toContain('1 problem(s)');
    expect(el.currentStep).toBe('write');
    // with the supervision group's approval of a higher ceiling on record, the audit holds
    const approved = await auditing({ approvals: overspentClosing().approvals });
    await fillAudit(approved, '5800');
    expect(approved.violations).toEqual([]);
    expect(shadow(approved, '[part="approvals"]').textContent).toContain(
      'qingyuan-supervision approved a ceiling of CN¥11,000.00',
    );
  });

  it('says every problem in Chinese', async () => {
    const el = await auditing({ lang: 'zh-CN' });
    await userEvent.click(await shadowButton(el, '提交审计'));
    await el.updateComplete;
    expect(shadow(el, '#e-lines-0-actual').textContent).toBe('请填写“货架”的实际金额');
    expect(shadow(el, '#e-conclusion').textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(shadow(el, '[part="summary"]').textContent).toContain('审计还不能提交');
    expect(controlName(shadow<HTMLInputElement>(el, '#f-lines-0-actual'))).toBe('实际金额（CNY）');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('keeps the audit on the device while offline, in its own outbox, and sends it once', async () => {
    await stub({ down: true });
    const el = await auditing({ endpoint: STUB_ENDPOINT });
    const queued: string[] = [];
    el.addEventListener('qy-report-queued', (e) => queued.push(e.detail.type));
    await fillAudit(el);
    await userEvent.click(await shadowButton(el, 'Record the audit'));
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toEqual(['audit-recorded']);
    // what the outbox says names the audit, not a report
    expect(shadow(el, '#step-title').textContent).toBe(
      'You seem to be offline. The financial audit is saved on this device and will be sent automatically when the connection returns.',
    );
    expect(localStorage.getItem('qingyuan:audit-outbox')).toContain('audit-recorded');
    expect(localStorage.getItem('qingyuan:report-outbox') ?? '[]').not.toContain('audit');
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await userEvent.click(await shadowButton(el, 'Try again now'));
    await until(() => el.currentStep === 'sent', 'sent');
    expect(shadow(el, '#step-title').textContent).toBe('The financial audit was received.');
    await el.retryNow();
    const { stored } = await stubState();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.authorization).toBe('');
  });

  it('shows the server’s reason for a refusal', async () => {
    await stub({
      refuse: true,
      refusal: { status: 409, body: { message: 'The project has no execution report yet' } },
    });
    const el = await auditing({ endpoint: STUB_ENDPOINT });
    const rejected: string[] = [];
    el.addEventListener('qy-report-rejected', (e) => rejected.push(e.detail.type));
    await fillAudit(el);
    await userEvent.click(await shadowButton(el, 'Record the audit'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toBe(
      'The server refused this financial audit: The project has no execution report yet',
    );
    expect(rejected).toEqual(['audit-recorded']);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('names the audit in Chinese when it is queued, refused without a reason, or received', async () => {
    await stub({ down: true });
    const el = await auditing({ endpoint: STUB_ENDPOINT, lang: 'zh-CN' });
    await fillAudit(el);
    await userEvent.click(await shadowButton(el, '提交审计'));
    await until(() => el.currentStep === 'queued', 'queued');
    expect(shadow(el, '#step-title').textContent).toBe(
      '您似乎已离线。财务审计已保存在本设备上，网络恢复后会自动发送。',
    );
    await stub({ down: false, refuse: true, refusal: { status: 422, body: {} } });
    await userEvent.click(await shadowButton(el, '立即重试'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toBe(
      '服务器拒绝了此财务审计，但没有说明原因（HTTP 422）。请告知社区服务中心。',
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('submits the audit as its form value inside a host form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <qy-closing-report
          name="audit"
          writes="audit"
          submitted-by="p-caizheng"
          .documents=${{ application: amendedApplication() }}
        ></qy-closing-report>
      </form>`,
    );
    const el = form.querySelector<QyClosingReport>('qy-closing-report')!;
    await until(() => el.shadowRoot?.querySelector('#f-lines-0-actual') !== null, 'audit form');
    expect(form.checkValidity()).toBe(false);
    await fillAudit(el);
    await settle(form);
    expect(form.checkValidity()).toBe(true);
    const value = JSON.parse(String(new FormData(form).get('audit'))) as FinancialAudit;
    expect(value.lines).toHaveLength(5);
    expect(value.conclusion).toBe('compliant');
  });

  it('switches to the audit from the report, and the reading mode shows what it recorded', async () => {
    const el = await fixture<QyClosingReport>(
      html`<qy-closing-report .documents=${jinhualiClosing()}></qy-closing-report>`,
      { lang: 'en' },
    );
    expect(el.shadowRoot!.querySelector('#f-period-start')).not.toBeNull();
    el.writes = 'audit';
    await until(() => el.shadowRoot?.querySelector('#f-lines-0-actual') !== null, 'audit form');
    expect(el.getAttribute('writes')).toBe('audit');
    expect(el.shadowRoot!.querySelector('#f-period-start')).toBeNull();
  });

  it('fits a 360 px phone, with its errors', async () => {
    const el = await fixture<QyClosingReport>(
      html`<div style="width:360px">
        <qy-closing-report
          writes="audit"
          .documents=${{ application: amendedApplication() }}
        ></qy-closing-report>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-closing-report' },
    );
    await until(() => el.shadowRoot?.querySelector('#f-lines-0-actual') !== null, 'audit form');
    await userEvent.click(await shadowButton(el, '提交审计'));
    await el.updateComplete;
    expectFitsNarrow(el, { targets: 'button, input, select, textarea', texts: 'label, p, legend' });
  });
});
