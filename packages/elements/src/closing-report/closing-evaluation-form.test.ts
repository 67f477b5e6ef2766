import { ProjectEventSchema, type EvaluationReport } from '@qingyuan/core';
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
import { activeIn, tabUntil, typingTimeout } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { freshDeviceAndStub, stub, stubState, STUB_ENDPOINT } from '../testing/stub-client.js';
import type { QyClosingReport } from './closing-report.js';
import { amendedApplication } from './closing-report.fixture.js';

beforeEach(freshDeviceAndStub);
afterEach(async () => {
  cleanupFixtures();
  await freshDeviceAndStub();
});

/** The final evaluation of Jinhuali's project, its form loaded. */
async function evaluating(endpoint = '', lang = 'en'): Promise<QyClosingReport> {
  const el = await fixture<QyClosingReport>(
    html`<qy-closing-report
      writes="evaluation"
      submitted-by="p-ngo"
      endpoint=${endpoint}
      .documents=${{ application: amendedApplication() }}
    ></qy-closing-report>`,
    { lang },
  );
  await until(
    () => el.shadowRoot?.querySelector('#f-indicators-0-reached') !== null,
    'evaluation form',
  );
  return el;
}

/** What each of the three indicators reached, typed with Tab between, then the summary. */
async function fillEvaluation(el: QyClosingReport, children = '22'): Promise<void> {
  shadow<HTMLInputElement>(el, '#f-indicators-0-reached').focus();
  for (const [index, reached] of ['240', children, '176'].entries()) {
    expect(activeIn(el)?.id).toBe(`f-indicators-${index}-reached`);
    await userEvent.keyboard(reached);
    await userEvent.tab(); // the note
    await userEvent.tab(); // the next indicator, or the summary
  }
  expect(activeIn(el)?.id).toBe('f-summary');
  await userEvent.keyboard('Every target was met');
  await el.updateComplete;
}

describe('<qy-closing-report writes="evaluation">', () => {
  it(
    'is written by the keyboard alone, shows each share as typed and posts core’s evaluation-recorded event',
    async () => {
      const el = await evaluating(STUB_ENDPOINT);
      const submitted: unknown[] = [];
      el.addEventListener('qy-report-submit', (e) => submitted.push(e.detail.event));
      expect(shadowAll(el, '[part="indicator"]')).toHaveLength(3);
      expect(shadowText(el)).toContain('Target: 200 visits');
      await fillEvaluation(el, '15');
      const [visits, children] = shadowAll(el, '[part="indicator"]');
      expect(visits!.textContent).toContain('120% of the target');
      expect(visits!.textContent).toContain('Met');
      expect(children!.textContent).toContain('75% of the target');
      expect(children!.textContent).toContain('Not met');
      await tabUntil(el, 'Record the evaluation');
      await userEvent.keyboard('{Enter}');
      await until(() => el.currentStep === 'sent', 'sent');
      const { stored } = await stubState();
      expect(stored).toHaveLength(1);
      const body = JSON.parse(stored[0]!.body) as { payload: { evaluation: EvaluationReport } };
      expect(ProjectEventSchema.safeParse(body).success).toBe(true);
      expect(body).toEqual(submitted[0]);
      expect(body).toMatchObject({ type: 'evaluation-recorded', by: 'p-ngo' });
      expect(body.payload.evaluation).toMatchObject({
        project: 'jinhuali-home',
        stage: 'final',
        evaluatedBy: ['p-ngo'],
        summary: { en: 'Every target was met' },
      });
      expect(
        body.payload.evaluation.indicators.map((r) => [r.indicator, r.target, r.reached]),
      ).toEqual([
        ['i-visits', 200, 240],
        ['i-children', 20, 15],
        ['i-mending', 150, 176],
      ]);
      expect(shadowText(el)).toMatch(/Final evaluation ev-[\w-]+, recorded/);
      await expectNoAxeViolations(el.parentElement!);
    },
    typingTimeout,
  );

  it('names each problem beside its field after the first attempt, in English and Chinese', async () => {
    const el = await evaluating();
    await userEvent.click(await shadowButton(el, 'Record the evaluation'));
    await el.updateComplete;
    expect(shadow(el, '#e-indicators-0-reached').textContent).toBe(
      'Enter what “Monthly supermarket visits” reached',
    );
    expect(shadow(el, '#e-summary').textContent).toBe('Must not be empty');
    expect(activeIn(el)?.id).toBe('f-indicators-0-reached');
    await expectNoAxeViolations(el.parentElement!);
    shadow(el, '#f-indicators-0-reached').focus();
    await userEvent.keyboard('many');
    await el.updateComplete;
    expect(shadow(el, '#e-indicators-0-reached').textContent).toBe(
      'What “Monthly supermarket visits” reached must be a number, e.g. 240',
    );

    const zh = await evaluating('', 'zh-CN');
    await userEvent.click(await shadowButton(zh, '提交评估'));
    await zh.updateComplete;
    expect(shadow(zh, '#e-indicators-1-reached').textContent).toBe(
      '请填写“小小乐园固定参加的儿童”达到的数值',
    );
    expect(shadow(zh, '#e-summary').textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(shadow(zh, '[part="summary"]').textContent).toContain('评估还不能提交');
    await expectNoAxeViolations(zh.parentElement!);
  });

  it('keeps the evaluation on the device while offline, in its own outbox, and sends it once', async () => {
    await stub({ down: true });
    const el = await evaluating(STUB_ENDPOINT);
    await fillEvaluation(el);
    await userEvent.click(await shadowButton(el, 'Record the evaluation'));
    await until(() => el.currentStep === 'queued', 'queued');
    expect(shadow(el, '#step-title').textContent).toBe(
      'You seem to be offline. The final evaluation is saved on this device and will be sent automatically when the connection returns.',
    );
    expect(localStorage.getItem('qingyuan:evaluation-outbox')).toContain('evaluation-recorded');
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await userEvent.click(await shadowButton(el, 'Try again now'));
    await until(() => el.currentStep === 'sent', 'sent');
    expect(shadow(el, '#step-title').textContent).toBe('The final evaluation was received.');
    await el.retryNow();
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('shows the server’s reason for a refusal', async () => {
    await stub({ refuse: true, refusal: { status: 409, body: { message: 'Not audited yet' } } });
    const el = await evaluating(STUB_ENDPOINT);
    await fillEvaluation(el);
    await userEvent.click(await shadowButton(el, 'Record the evaluation'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toBe(
      'The server refused this final evaluation: Not audited yet',
    );
  });

  it('names the evaluation in Chinese when it is received', async () => {
    const el = await evaluating(STUB_ENDPOINT, 'zh-CN');
    await fillEvaluation(el);
    await userEvent.click(await shadowButton(el, '提交评估'));
    await until(() => el.currentStep === 'sent', 'sent');
    expect(shadow(el, '#step-title').textContent).toBe('终期评估已收到。');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('restores a saved evaluation into its fields (form state)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <qy-closing-report
          name="evaluation"
          writes="evaluation"
          submitted-by="p-ngo"
          .documents=${{ application: amendedApplication() }}
        ></qy-closing-report>
      </form>`,
    );
    const el = form.querySelector<QyClosingReport>('qy-closing-report')!;
    await until(
      () => el.shadowRoot?.querySelector('#f-indicators-0-reached') !== null,
      'evaluation form',
    );
    await fillEvaluation(el);
    await settle(form);
    const saved = String(new FormData(form).get('evaluation'));
    expect(form.checkValidity()).toBe(true);
    form.reset();
    await settle(form);
    expect(shadow<HTMLInputElement>(el, '#f-indicators-0-reached').value).toBe('');
    el.formStateRestoreCallback(saved, 'restore');
    await settle(form);
    expect(shadow<HTMLInputElement>(el, '#f-indicators-0-reached').value).toBe('240');
    expect(shadow<HTMLTextAreaElement>(el, '#f-summary').value).toBe('Every target was met');
  });

  it('fits a 360 px phone, with its errors', async () => {
    const el = await fixture<QyClosingReport>(
      html`<div style="width:360px">
        <qy-closing-report
          writes="evaluation"
          .documents=${{ application: amendedApplication() }}
        ></qy-closing-report>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-closing-report' },
    );
    await until(
      () => el.shadowRoot?.querySelector('#f-indicators-0-reached') !== null,
      'evaluation form',
    );
    await userEvent.click(await shadowButton(el, '提交评估'));
    await el.updateComplete;
    expectFitsNarrow(el, { targets: 'button, input, select, textarea', texts: 'label, p, legend' });
  });
});
