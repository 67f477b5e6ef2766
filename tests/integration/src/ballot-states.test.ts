import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/ballot.js';
import {
  expectNoAxeViolations,
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  until,
  shadowText as text,
  pilotMeeting,
  scoreMeeting,
} from '../testing/elements-testing.js';
import { box, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import type { QyBallot } from '@qingyuan/elements';

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

  it('the code step with the box’s verdict, then a refusal with the box’s reason (voting closed)', async () => {
    const id = uniqueId('states');
    const meeting = pilotMeeting({ id });
    const { organizerToken } = await box<{ organizerToken: string }>(
      'POST',
      '/meetings',
      { meeting, corsOrigins: [location.origin] },
      testOperatorKey,
    );
    const { codes } = await box<{ codes: { code: string }[] }>(
      'POST',
      `/meetings/${id}/codes`,
      { count: 1 },
      organizerToken,
    );
    await box('POST', `/meetings/${id}/lock-weights`, undefined, organizerToken);
    await box('POST', `/meetings/${id}/open`, undefined, organizerToken);
    const el = await fixture<QyBallot>(
      html`<qy-ballot code="WRONG-CODE" box="/__box" meeting=${id}></qy-ballot>`,
      { lang },
    );
    await until(() => shadowAll(el, '#voting-code-error').length === 1, 'code refused');
    expect(el.currentStep).toBe('code');
    await expectNoAxeViolations(el.parentElement!);

    const input = shadow<HTMLInputElement>(el, '#voting-code');
    await userEvent.clear(input);
    await userEvent.type(input, codes[0]!.code);
    await userEvent.keyboard('{Enter}');
    await until(() => shadowAll(el, 'input[data-project]').length > 0, 'ballot shown');
    await userEvent.click(shadow(el, 'input[data-project="yuhuayuan-culture"]'));
    await click(el, labels[lang].review);
    // The organizer closes voting while the voter reviews.
    await box('POST', `/meetings/${id}/close`, undefined, organizerToken);
    await click(el, labels[lang].submit);
    await until(() => el.currentStep === 'rejected', 'rejected');
    await el.updateComplete;
    // The box's own reason, in the page's language, never a bare HTTP status.
    expect(text(el)).toMatch(
      lang === 'zh-CN' ? /投票箱拒绝了此选票：.*[\u4e00-\u9fff]/ : /refused this ballot: \w/,
    );
    expect(text(el)).not.toContain('HTTP');
    await expectNoAxeViolations(el.parentElement!);
  });
});
