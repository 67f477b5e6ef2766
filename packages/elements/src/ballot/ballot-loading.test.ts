// When <qy-ballot> loads its on-demand module (ballot-delivery.ts: the voting-code step, the
// delivery, the receipt and their text). A file of its own: each test file runs in a fresh
// page, so the first test here sees the module before anything else has loaded it.
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/ballot.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowButton as button,
  shadowText as text,
  until,
} from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import { stub, STUB_ENDPOINT } from '../testing/stub-client.js';
import type { QyBallot } from './ballot.js';

/** Whether the page has requested the on-demand module. */
const requested = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/ballot-delivery\.ts(?:\?|$)/.test(entry.name));

const mark = (el: QyBallot) =>
  userEvent.click(
    shadow(el, 'input[data-project="jinhuali-home"][data-criterion="public-benefit"]'),
  );

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  await stub({ down: false, refuse: false, reset: true });
});

describe('<qy-ballot> loads its delivery on demand', () => {
  it('a ballot without endpoint requests it at the first mark, and shows its check code when done', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      { lang: 'en' },
    );
    expect(text(el)).toContain('New Residents’ Home');
    expect(requested()).toBe(false);
    await mark(el);
    await until(requested, 'requested at the first mark');
    await userEvent.click(await button(el, 'Review my ballot'));
    await userEvent.click(await button(el, 'Submit ballot'));
    await until(() => el.currentStep === 'done', 'done');
    expect(text(el)).toContain('Check code of your ballot');
    expect(shadow(el, '[part="receipt"]').textContent).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}/);
  });

  it('never shows the ballot before the code step: "Loading…" until the module is there', async () => {
    const main = document.createElement('main');
    main.lang = 'en';
    document.body.append(main);
    const el = document.createElement('qy-ballot');
    el.setAttribute('code-param', 'c');
    el.setAttribute('endpoint', STUB_ENDPOINT);
    el.meeting = pilotMeeting();
    const seen: string[] = [];
    main.append(el);
    // Every state the shadow root goes through, from the first render on.
    new MutationObserver(() => {
      const root = el.shadowRoot!;
      const now = root.querySelector('#voting-code')
        ? 'code'
        : root.querySelector('fieldset.project')
          ? 'ballot'
          : root.querySelector('[part="status"]')
            ? 'loading'
            : 'other';
      if (seen.at(-1) !== now) seen.push(now);
    }).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await el.updateComplete;
    // updateComplete waits for the module: the code step is there, and nothing came before it
    // but the loading status.
    expect(shadow(el, '#voting-code')).toBeTruthy();
    expect(seen.filter((state) => state !== 'loading')).toEqual(['code']);
  });

  it('takes host overrides of the text that comes with the module, in the page language', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        code-param="c"
        endpoint=${STUB_ENDPOINT}
        messages='{"zh-CN":{"codeTitle":"请输入您的投票码"}}'
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
      { lang: 'zh-CN' },
    );
    expect(shadow(el, '#step-title').textContent).toBe('请输入您的投票码');
    expect(text(el)).toContain('投票码印在您的投票单上');
  });

  it('queued offline, a ballot is sent and gets its receipt once the connection returns', async () => {
    await stub({ down: true });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-expert"
        endpoint=${STUB_ENDPOINT}
        .meeting=${pilotMeeting()}
      ></qy-ballot>`,
      { lang: 'en' },
    );
    await mark(el);
    await userEvent.click(await button(el, 'Review my ballot'));
    await userEvent.click(await button(el, 'Submit ballot'));
    await until(() => el.currentStep === 'queued', 'queued');
    await stub({ down: false });
    window.dispatchEvent(new Event('online'));
    await until(() => el.currentStep === 'sent', 'sent after online');
    expect(text(el)).toContain('Your ballot was received');
    expect(shadow(el, '[part="receipt"]').textContent).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}/);
  });
});
