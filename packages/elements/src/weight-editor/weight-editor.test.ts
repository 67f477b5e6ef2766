import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/weight-editor.js';
import type { QyWeightsLockEvent } from '../events/weights-lock.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, settle, shadow, shadowAll, until } from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { longText, pilotMeeting, xssPayload } from '../testing/meetings.js';
import type { QyWeightEditor } from './weight-editor.js';

afterEach(cleanupFixtures);

function inputs(el: QyWeightEditor): HTMLInputElement[] {
  return shadowAll<HTMLInputElement>(el, 'input');
}

describe('<qy-weight-editor>', () => {
  it('starts from the meeting’s weights as percentages summing to 100', async () => {
    const meeting = pilotMeeting();
    meeting.criteria = meeting.criteria.map((c) => ({ ...c, weight: 1 }));
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor .meeting=${meeting}></qy-weight-editor>`,
    );
    expect(inputs(el).map((i) => i.value)).toEqual(['34', '33', '33']);
    expect(shadow(el, '[part="total"]').textContent).toContain('The weights add up to 100 %');
  });

  it('is operated with the keyboard and locks only at 100 %', async () => {
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
    );
    const locks: QyWeightsLockEvent[] = [];
    el.addEventListener('qy-weights-lock', (e) => locks.push(e));
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(inputs(el)[0]);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    await el.updateComplete;
    expect(el.value['public-benefit']).toBe(45);
    expect(shadow(el, '[part="total"]').textContent).toContain('5 % too many');
    const lock = shadow<HTMLButtonElement>(el, '[part="lock-button"]');
    expect(lock.disabled).toBe(true);
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toContain('now 105 %');
    await userEvent.tab();
    await userEvent.keyboard('{Control>}a{/Control}25');
    await el.updateComplete;
    expect(el.value['feasibility']).toBe(25);
    expect(el.checkValidity()).toBe(true);
    // The lock button comes after the last weight in Tab order.
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(inputs(el)[2]);
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(lock);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(locks).toHaveLength(1);
    expect(locks[0]!.detail.weights).toEqual({
      'public-benefit': 0.45,
      feasibility: 0.25,
      sustainability: 0.3,
    });
    expect(el.locked).toBe(true);
    expect(inputs(el).every((input) => input.readOnly)).toBe(true);
    expect(el.shadowRoot!.textContent).toContain('Weights locked: Public benefit 45 %');
  });

  it('speaks Chinese, keeps names inert and passes axe with long names', async () => {
    const meeting = pilotMeeting();
    meeting.criteria[0]!.name = xssPayload;
    meeting.criteria[1]!.name = longText['zh-CN'];
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor .meeting=${meeting}></qy-weight-editor>`,
      { lang: 'zh-CN' },
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain('评审标准权重');
    expect(inputs(el)[1]!.getAttribute('aria-label')).toBe(`${longText['zh-CN']}（百分比）`);
    await expectNoAxeViolations(el.parentElement!);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone with very long ${lang} criterion names, before and after locking`, async () => {
      const meeting = pilotMeeting();
      meeting.criteria = meeting.criteria.map((criterion) => ({
        ...criterion,
        name: `${longText[lang]} (${criterion.id})`,
      }));
      const el = await fixture<QyWeightEditor>(
        html`<div style="width:360px">
          <qy-weight-editor .meeting=${meeting}></qy-weight-editor>
        </div>`,
        { selector: 'qy-weight-editor', lang },
      );
      expect(el.shadowRoot!.textContent).toContain(longText[lang]);
      expectFitsNarrow(el, {
        targets: 'input, button',
        texts: 'legend, label, [part="total"]',
        minWidth: true,
      });
      await expectNoAxeViolations(el.parentElement!.parentElement!);
      await userEvent.click(shadow(el, '[part="lock-button"]'));
      await el.updateComplete;
      expect(el.locked).toBe(true);
      expectFitsNarrow(el, { targets: 'input', texts: 'legend, label, p' });
      await expectNoAxeViolations(el.parentElement!.parentElement!);
    });
  }

  it('shows a bad meeting as an error', async () => {
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor .meeting=${{ id: 'x', criteria: 'none' }}></qy-weight-editor>`,
    );
    expect(shadow(el, '[role="alert"]').textContent).toContain('criteria');
  });
});

describe('<qy-weight-editor> restoring a saved state', () => {
  it('keeps weights restored while src is fetching (50/25/25 stays 50/25/25)', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(pilotMeeting())], { type: 'application/json' }),
    );
    const form = await fixture<HTMLFormElement>(html`<form></form>`, { lang: 'en' });
    const el = document.createElement('qy-weight-editor');
    el.src = url;
    form.append(el);
    el.formStateRestoreCallback(
      JSON.stringify({ 'public-benefit': 0.5, feasibility: 0.25, sustainability: 0.25 }),
      'restore',
    );
    await until(() => inputs(el).length === 3, 'criteria from src');
    await el.updateComplete;
    expect(inputs(el).map((i) => i.value)).toEqual(['50', '25', '25']);
    expect(el.weights).toEqual({ 'public-benefit': 0.5, feasibility: 0.25, sustainability: 0.25 });
    expect(el.checkValidity()).toBe(true);
    expect(shadow(el, '[part="total"]').textContent).toContain('The weights add up to 100 %');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('takes restored weights for criteria that exist and drops the rest', async () => {
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor lang="zh-CN"></qy-weight-editor>`,
    );
    el.formStateRestoreCallback(
      JSON.stringify({ 'public-benefit': 0.5, gone: 0.2, feasibility: 'x', sustainability: 0 }),
      'restore',
    );
    await el.updateComplete;
    el.meeting = pilotMeeting();
    await el.updateComplete;
    expect(el.value).toEqual({ 'public-benefit': 50, feasibility: 30, sustainability: 30 });
    expect(inputs(el).map((i) => i.value)).toEqual(['50', '30', '30']);
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('权重合计必须为 100%（当前为 110%）。');
    el.formStateRestoreCallback(
      JSON.stringify({ feasibility: 1.5, sustainability: -0.1 }),
      'restore',
    );
    await el.updateComplete;
    expect(el.value).toEqual({ 'public-benefit': 50, feasibility: 30, sustainability: 30 });
  });
});

runFormControlTests<QyWeightEditor>({
  tag: 'qy-weight-editor',
  create: async (form) => {
    const el = document.createElement('qy-weight-editor');
    el.name = 'field';
    el.meeting = pilotMeeting();
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: async (el) => {
    inputs(el)[0]!.focus();
    await userEvent.keyboard('{ArrowUp}');
    inputs(el)[1]!.focus();
    await userEvent.keyboard('{ArrowDown}');
  },
  fillPartly: async (el) => {
    inputs(el)[2]!.focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
  },
  resetAfterRestore: true,
  lateDocument: {
    // No meeting yet: it is set after the restore.
    create: (form) => {
      const el = document.createElement('qy-weight-editor');
      el.name = 'field';
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: async (el) => {
      el.meeting = pilotMeeting();
      await el.updateComplete;
    },
  },
  invalidWhenEmpty: false,
});
