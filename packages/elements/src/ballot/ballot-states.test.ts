import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/ballot.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { box, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  until,
  shadowText as text,
} from '../testing/fixture.js';
import { pilotMeeting, scoreMeeting } from '../testing/meetings.js';
import type { QyBallot } from './ballot.js';

// axe in every state a voter reaches: score voting, the incomplete-ballot alert, review,
// done with a receipt, and a refusal by the real ballot box (ballot-box-endpoint.ts).

const labels = {
  en: { review: 'Review my ballot', submit: 'Submit ballot' },
  'zh-CN': { review: '检查我的选票', submit: '提交选票' },
} as const;
type Lang = keyof typeof labels;
const langs = Object.keys(labels) as Lang[];

async function click(el: QyBallot, label: string): Promise<void> {
  await el.updateComplete;
  const button = shadowAll<HTMLButtonElement>(el, 'button').find(
    (b) => b.textContent?.trim() === label,
  );
  if (!button) throw new Error(`no button "${label}"`);
  await userEvent.click(button);
  await el.updateComplete;
}

beforeEach(() => localStorage.clear());
afterEach(cleanupFixtures);

describe.each(langs)('<qy-ballot> states pass axe (%s)', (lang) => {
  it('score voting, then the incomplete alert it raises, then review', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>`,
      { lang },
    );
    expect(shadowAll(el, 'fieldset.score')).toHaveLength(6);
    await expectNoAxeViolations(el.parentElement!);
    await click(el, labels[lang].review);
    const alert = shadow(el, '.incomplete');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/6/);
    expect(el.shadowRoot!.activeElement).toBe(alert);
    await expectNoAxeViolations(el.parentElement!);
    for (const group of shadowAll<HTMLFieldSetElement>(el, 'fieldset.score')) {
      group.querySelector('input')!.focus();
      await userEvent.keyboard(' ');
    }
    await click(el, labels[lang].review);
    expect(el.currentStep).toBe('review');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('done, with the receipt', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      { lang },
    );
    await userEvent.click(shadow(el, 'input[data-project="jinhuali-home"]'));
    await click(el, labels[lang].review);
    await click(el, labels[lang].submit);
    await until(() => el.currentStep === 'done', 'done');
    await el.updateComplete;
    expect(shadow(el, '[part="receipt"]').textContent).toMatch(/[0-9a-f]{4}-[0-9a-f]{4}/);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('rejected by the ballot box (a wrong voting code)', async () => {
    const id = uniqueId('states');
    const meeting = pilotMeeting({ id });
    const { organizerToken } = await box<{ organizerToken: string }>(
      'POST',
      '/meetings',
      { meeting, corsOrigins: [location.origin] },
      testOperatorKey,
    );
    await box('POST', `/meetings/${id}/codes`, { count: 1 }, organizerToken);
    await box('POST', `/meetings/${id}/lock-weights`, undefined, organizerToken);
    await box('POST', `/meetings/${id}/open`, undefined, organizerToken);
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        code="WRONG-CODE"
        endpoint=${`/__box/meetings/${id}/ballots`}
        .meeting=${meeting}
      ></qy-ballot>`,
      { lang },
    );
    await userEvent.click(shadow(el, 'input[data-project="yuhuayuan-culture"]'));
    await click(el, labels[lang].review);
    await click(el, labels[lang].submit);
    await until(() => el.currentStep === 'rejected', 'rejected');
    await el.updateComplete;
    // The box's own reason, in the page's language, never a bare HTTP status.
    expect(text(el)).toContain(
      lang === 'zh-CN'
        ? '此投票码对本评审会无效'
        : 'This voting code is not valid for this meeting',
    );
    expect(text(el)).not.toContain('HTTP');
    await expectNoAxeViolations(el.parentElement!);
  });
});
