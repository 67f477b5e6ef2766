import { WorkRecordSchema, type WorkRecord } from '@qingyuan/core';
import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/work-record.js';
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
import { runFormControlTests } from '../testing/form-control-tests.js';
import { activeIn } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT, freshDeviceAndStub } from '../testing/stub-client.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import type { QyWorkRecord } from './work-record.js';

const ENDPOINT = STUB_ENDPOINT;
const team = pilotParticipants.filter((p) => ['p-li', 'p-zhao', 'p-wang'].includes(p.id));

beforeEach(freshDeviceAndStub);
afterEach(async () => {
  cleanupFixtures();
  await freshDeviceAndStub();
});

async function card(
  options: { lang?: string; endpoint?: string; people?: boolean } = {},
): Promise<QyWorkRecord> {
  return fixture<QyWorkRecord>(
    html`<qy-work-record
      project="jinhuali-home"
      recorded-by="p-zhao"
      endpoint=${options.endpoint ?? ''}
      .people=${options.people ? team : []}
    ></qy-work-record>`,
    { lang: options.lang ?? 'en' },
  );
}

/** Types into a field of the card: focus it (Tab order is checked elsewhere), then keys. */
async function type(el: QyWorkRecord, id: string, text: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, `#f-${id}`);
  field.focus();
  field.select?.();
  await userEvent.keyboard(text === '' ? '{Backspace}' : text);
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fillMinimal(el: QyWorkRecord): Promise<void> {
  await type(el, 'content', 'Team meeting: the supermarket rota');
}

describe('<qy-work-record>', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await card(), { sections: false });
  });

  it('shows the card’s fields in the card’s order, prefilled, axe clean', async () => {
    const el = await card();
    expect(shadowAll(el, 'label').map((l) => l.textContent?.trim().replace(/\s+/g, ' '))).toEqual([
      'Step of the cycle',
      'Date',
      'Place (optional)',
      'Participants',
      'How many people took part in all (optional)',
      'What was done',
      'What was decided (optional)',
      'Next steps (optional)',
      'Recorded by',
    ]);
    expect(shadow<HTMLSelectElement>(el, '#f-stage').value).toBe('execution');
    expect(shadow<HTMLInputElement>(el, '#f-recordedBy').value).toBe('p-zhao');
    expect(shadow<HTMLInputElement>(el, '#f-date').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('speaks Chinese, core’s messages included', async () => {
    const el = await card({ lang: 'zh-CN' });
    expect(shadowText(el)).toContain('工作记录卡');
    expect(shadowText(el)).toContain('记录人');
    await userEvent.click(await shadowButton(el, '保存记录'));
    expect(shadow(el, '#e-content').textContent).toBe('不能为空');
  });

  it('shows core’s violations beside the fields and focuses the first', async () => {
    const el = await card();
    await type(el, 'participants', 'p-li, p/wang');
    await type(el, 'attendance', 'twelve');
    await type(el, 'recordedBy', '');
    await userEvent.click(await shadowButton(el, 'Save the record'));
    await el.updateComplete;
    expect(shadow(el, '[part="summary"]').textContent).toContain('4 problem(s)');
    expect(shadow(el, '#e-participants').textContent).toContain('Expected an id');
    expect(shadow(el, '#e-attendance').textContent).not.toBe('');
    expect(shadow(el, '#e-content').textContent).toBe('Must not be empty');
    expect(shadow(el, '#e-recordedBy').textContent).toContain('Expected an id');
    expect(shadow(el, '#f-content').getAttribute('aria-invalid')).toBe('true');
    expect(activeIn(el)?.id).toBe('f-participants');
    expect(el.validationMessage).not.toBe('');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('posts core’s WorkRecord through the outbox, keyboard only', async () => {
    const el = await card({ endpoint: ENDPOINT });
    const submitted: WorkRecord[] = [];
    const sent: string[] = [];
    el.addEventListener('qy-work-record-submit', (e) => submitted.push(e.detail.record));
    el.addEventListener('qy-work-record-sent', (e) => sent.push(e.detail.record));
    shadow(el, '#f-stage').focus();
    // The date field takes a Tab per part (year, month, day), then the place.
    for (let i = 0; i < 8 && activeIn(el)?.id !== 'f-place'; i++) await userEvent.tab();
    expect(activeIn(el)?.id).toBe('f-place');
    await userEvent.keyboard('Jinhuali community room');
    await userEvent.tab();
    await userEvent.keyboard('p-li, p-zhao, p-wang');
    await userEvent.tab();
    await userEvent.keyboard('12');
    await userEvent.tab();
    expect(activeIn(el)?.id).toBe('f-content');
    await userEvent.keyboard('Team meeting: the supermarket rota');
    await userEvent.tab();
    await userEvent.keyboard('Open on Saturday mornings');
    await userEvent.tab();
    await userEvent.keyboard('Ask the school for clothes');
    await userEvent.tab(); // recorder, prefilled
    await userEvent.tab();
    expect(activeIn(el)?.textContent?.trim()).toBe('Save the record');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'sent', 'sent');
    const { stored } = await stubState();
    expect(stored).toHaveLength(1);
    const body: unknown = JSON.parse(stored[0]!.body);
    expect(WorkRecordSchema.safeParse(body).success).toBe(true);
    expect(body).toEqual(submitted[0]);
    expect(body).toMatchObject({
      stage: 'execution',
      project: 'jinhuali-home',
      place: { en: 'Jinhuali community room' },
      participants: ['p-li', 'p-zhao', 'p-wang'],
      attendance: 12,
      content: { en: 'Team meeting: the supermarket rota' },
      decisions: { en: 'Open on Saturday mornings' },
      nextSteps: { en: 'Ask the school for clothes' },
      recordedBy: 'p-zhao',
    });
    expect(sent).toEqual([submitted[0]!.id]);
    expect(shadowText(el)).toContain('The record was received.');
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.click(await shadowButton(el, 'Write another record'));
    expect(el.currentStep).toBe('write');
    expect(shadow<HTMLTextAreaElement>(el, '#f-content').value).toBe('');
  });

  it('keeps the record on the device while offline and sends it once', async () => {
    await stub({ down: true });
    const el = await card({ endpoint: ENDPOINT });
    const queued: string[] = [];
    el.addEventListener('qy-work-record-queued', (e) => queued.push(e.detail.record));
    await fillMinimal(el);
    await userEvent.click(await shadowButton(el, 'Save the record'));
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toHaveLength(1);
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await userEvent.click(await shadowButton(el, 'Try again now'));
    await until(() => el.currentStep === 'sent', 'sent');
    await el.retryNow();
    expect((await stubState()).stored).toHaveLength(1);
  });

  it('shows the server’s reason for a refusal', async () => {
    await stub({ refuse: true, refusal: { status: 422, body: { message: 'No such project' } } });
    const el = await card({ endpoint: ENDPOINT });
    await fillMinimal(el);
    await userEvent.click(await shadowButton(el, 'Save the record'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toContain('No such project');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('lists the people as check boxes and the recorder by name when given', async () => {
    const el = await card({ people: true, lang: 'zh-CN' });
    const boxes = shadowAll<HTMLInputElement>(el, '.people input[type="checkbox"]');
    expect(boxes).toHaveLength(3);
    boxes[2]!.focus();
    await userEvent.keyboard(' ');
    expect(shadow<HTMLSelectElement>(el, '#f-recordedBy').value).toBe('p-zhao');
    await fillMinimal(el);
    expect(el.value.participants).toEqual(['p-wang']);
    expect(el.participantNames()).toEqual(['王阿姨']);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('fits a 360 px phone, with its errors', async () => {
    const el = await fixture<QyWorkRecord>(
      html`<div style="width:360px"><qy-work-record .people=${team}></qy-work-record></div>`,
      { lang: 'zh-CN', selector: 'qy-work-record' },
    );
    await userEvent.click(await shadowButton(el, '保存记录'));
    await el.updateComplete;
    expectFitsNarrow(el, {
      targets: 'button, input:not([type="checkbox"]), select, textarea, label.check',
      texts: 'h2, label, p',
    });
  });
});

runFormControlTests<QyWorkRecord>({
  tag: 'qy-work-record',
  create: async (form) => {
    const el = document.createElement('qy-work-record');
    el.name = 'field';
    el.recordedBy = 'p-zhao';
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: fillMinimal,
  fillPartly: (el) => type(el, 'place', 'Community room'),
  resetAfterRestore: true,
  invalidWhenEmpty: true,
  comparable: (value) => {
    if (typeof value !== 'string') return value;
    const { id: _id, ...rest } = JSON.parse(value) as WorkRecord;
    return rest;
  },
});
