import { ProjectEventSchema } from '@qingyuan/core';
import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/execution-team.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  shadowButton,
  shadowText,
  until,
} from '../testing/fixture.js';
import { activeIn } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT, freshDeviceAndStub } from '../testing/stub-client.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import type { QyExecutionTeam } from './execution-team.js';
import { jinhualiTeam } from './execution-team.fixture.js';

const ENDPOINT = STUB_ENDPOINT;

beforeEach(freshDeviceAndStub);
afterEach(async () => {
  cleanupFixtures();
  await freshDeviceAndStub();
});

async function team(attrs: { lang?: string; endpoint?: string; member?: string } = {}) {
  return fixture<QyExecutionTeam>(
    html`<qy-execution-team
      project-name="金华里新居民之家"
      endpoint=${attrs.endpoint ?? ''}
      member=${attrs.member ?? ''}
      .participants=${pilotParticipants}
      .team=${jinhualiTeam()}
    ></qy-execution-team>`,
    { lang: attrs.lang ?? 'en' },
  );
}

/** Signs as `name` from the roster with the keyboard only (Tab to each control, Enter/Space). */
async function signWithKeyboard(el: QyExecutionTeam, name: string, code: string): Promise<void> {
  (await shadowButton(el, `Sign as ${name}`)).focus();
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
  expect(activeIn(el)?.id).toBe('sign-title');
  await userEvent.tab();
  expect(activeIn(el)?.id).toBe('code');
  await userEvent.keyboard(code);
  await userEvent.tab();
  expect(activeIn(el)?.id).toBe('agree');
  await userEvent.keyboard(' ');
  await userEvent.tab();
  expect(activeIn(el)?.textContent?.trim()).toBe('Sign the contract');
  await userEvent.keyboard('{Enter}');
}

describe('<qy-execution-team>', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await team());
  });

  it('shows the roster, roles, duties, rules and who has not signed yet, axe clean', async () => {
    const el = await team();
    const text = shadowText(el);
    expect(text).toContain('Execution team of 金华里新居民之家');
    expect(shadow(el, '[part="summary"]').textContent).toContain(
      '2 of 3 members have not signed yet: 赵会计, 王阿姨.',
    );
    expect(shadowAll(el, '[part="member"]').map((m) => m.dataset['member'])).toEqual([
      'p-li',
      'p-zhao',
      'p-wang',
    ]);
    expect(text).toContain('李主任 · Overall lead');
    expect(text).toContain('Signed on 2007-10-10');
    expect(text).toContain('Keeps the project’s money, the books and the receipts');
    expect(text).toContain('Team meeting on the first Monday of each month');
    // core's own rule texts, not a copy
    expect(text).toContain('Every member signs their own responsibility contract');
    expect(shadowAll(el, '[part="sign-button"]').map((b) => b.textContent?.trim())).toEqual([
      'Sign as 赵会计',
      'Sign as 王阿姨',
    ]);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('speaks Chinese', async () => {
    const el = await team({ lang: 'zh-CN' });
    expect(shadow(el, '[part="summary"]').textContent).toContain(
      '3 名成员中还有 2 名尚未签署：赵会计、王阿姨。',
    );
    expect(shadowText(el)).toContain('财务负责人');
    expect(shadowText(el)).toContain('每位成员亲自签署自己的职责合同');
  });

  it('refuses to sign without a code or the agreement, with messages beside the fields', async () => {
    const el = await team();
    await userEvent.click(await shadowButton(el, 'Sign as 王阿姨'));
    await userEvent.click(await shadowButton(el, 'Sign the contract'));
    await el.updateComplete;
    expect(shadow(el, '#code-error').textContent).toBe('Type your signing code.');
    expect(shadow(el, '#agree-error').textContent).toContain('Confirm that you have read');
    expect(shadow(el, '#code').getAttribute('aria-invalid')).toBe('true');
    expect(activeIn(el)?.id).toBe('code');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('posts core’s contract-signed event with the code, keyboard only, and marks the member signed', async () => {
    const el = await team({ endpoint: ENDPOINT });
    const submitted: unknown[] = [];
    const sent: string[] = [];
    el.addEventListener('qy-signature-submit', (e) => submitted.push(e.detail.event));
    el.addEventListener('qy-signature-sent', (e) => sent.push(e.detail.member));
    await signWithKeyboard(el, '王阿姨', 'K7Q2-9XPM');
    await until(() => el.currentStep === 'sent', 'sent');
    const { stored } = await stubState();
    expect(stored).toHaveLength(1);
    const body = JSON.parse(stored[0]!.body) as { code: string; event: unknown };
    expect(body.code).toBe('K7Q2-9XPM');
    expect(ProjectEventSchema.safeParse(body.event).success).toBe(true);
    expect(body.event).toMatchObject({
      type: 'contract-signed',
      by: 'p-wang',
      payload: { member: 'p-wang' },
    });
    expect(submitted).toEqual([body.event]);
    expect(sent).toEqual(['p-wang']);
    expect(shadowText(el)).toContain('Your signature was received.');
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.click(await shadowButton(el, 'Back to the team'));
    expect(shadow(el, '[part="summary"]').textContent).toContain(
      '1 of 3 members have not signed yet: 赵会计.',
    );
    expect(el.value?.members.find((m) => m.participant === 'p-wang')?.contract.signed).toBe(true);
  });

  it('keeps the signature on the device while offline and sends it once when back', async () => {
    await stub({ down: true });
    const el = await team({ endpoint: ENDPOINT });
    const queued: string[] = [];
    el.addEventListener('qy-signature-queued', (e) => queued.push(e.detail.member));
    await signWithKeyboard(el, '赵会计', 'ZH-1');
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toEqual(['p-zhao']);
    expect(shadowText(el)).toContain('saved on this device');
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    await userEvent.click(await shadowButton(el, 'Try again now'));
    await until(() => el.currentStep === 'sent', 'sent after retry');
    await el.retryNow();
    const { stored } = await stubState();
    expect(stored).toHaveLength(1);
    expect(localStorage.getItem('qingyuan:signature-outbox')).toBeNull();
  });

  it('shows the server’s reason when it refuses the code', async () => {
    await stub({
      refuse: true,
      refusal: { status: 403, body: { error: 'This signing code is not p-wang’s' } },
    });
    const el = await team({ endpoint: ENDPOINT });
    await signWithKeyboard(el, '王阿姨', 'WRONG');
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(shadow(el, '#step-title').textContent).toContain('This signing code is not p-wang’s');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('opens the signing form of `member` with the code from the QR link (?code=), then removes it', async () => {
    history.replaceState(null, '', `${location.pathname}?code=QR-CODE-1&x=1`);
    const el = await fixture<QyExecutionTeam>(
      html`<qy-execution-team
        code-param
        member="p-zhao"
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>`,
      { lang: 'en' },
    );
    expect(el.currentStep).toBe('sign');
    expect(shadow<HTMLInputElement>(el, '#code').value).toBe('QR-CODE-1');
    expect(location.search).toBe('?x=1');
    history.replaceState(null, '', location.pathname);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('refuses a team document with a problem, naming where', async () => {
    const broken = jinhualiTeam();
    const el = await fixture<QyExecutionTeam>(
      html`<qy-execution-team
        .team=${{ ...broken, members: [{ ...broken.members[0]!, role: 'boss' }] }}
      ></qy-execution-team>`,
      { lang: 'en' },
    );
    expect(shadow(el, '[part="error"]').textContent).toContain('members[0].role');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('fits a 360 px phone', async () => {
    const el = await fixture<QyExecutionTeam>(
      html`<div style="width:360px">
        <qy-execution-team
          .participants=${pilotParticipants}
          .team=${jinhualiTeam()}
        ></qy-execution-team>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-execution-team' },
    );
    expectFitsNarrow(el, { targets: 'button', texts: 'h2, h3, p, li' });
    await userEvent.click(shadowAll<HTMLButtonElement>(el, '[part="sign-button"]')[0]!);
    await el.updateComplete;
    expectFitsNarrow(el, { targets: 'button, input#code', texts: 'h3, p, label' });
  });
});
