import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/pb-ballot.js';
import { box, network, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import {
  binheSheet,
  cleanupFixtures,
  expectFitsNarrow,
  expectNoAxeViolations,
  fixture,
  shadow,
  shadowButton,
  shadowText,
} from '../testing/elements-testing.js';
import type { QyPbBallot } from '@qingyuan/elements';

// <qy-pb-ballot box organization election code> against the real ballot box (@qingyuan/server
// at /__box/, see ballot-box-endpoint.ts): the sheet, the code, the ballot and every refusal
// are the box's own.

const OUTBOX = 'qingyuan:pb-ballot-outbox';

/** The modules of the box connection this page has fetched (the dev server serves each one). */
const boxModulesLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) =>
      /\/pb-ballot-box\.(?:ts|js)\b|voting-code-controller|ballot-code-entry-view/.test(name),
    );
performance.setResourceTimingBufferSize(100_000);

/** Waits for `predicate` (answers cross the box: up to 10 s on a busy machine). */
async function eventually(predicate: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const shown = [...document.querySelectorAll('qy-pb-ballot')].map((el) => shadowText(el));
  throw new Error(`timed out waiting for ${what}; the ballot shows: ${shown.join(' | ')}`);
}

interface Election {
  readonly id: string;
  readonly codes: string[];
  /** How many ballots the box holds for the election. */
  readonly voted: () => Promise<number>;
  readonly close: () => Promise<void>;
}

/** A Binhe approval election of the box's organisation `default`, open, with `count` codes. */
async function openElection(count: number, options: { open?: boolean } = {}): Promise<Election> {
  const id = uniqueId('pb');
  const path = `/organizations/default/pb-elections/${id}`;
  await box(
    'POST',
    '/organizations/default/pb-elections',
    { id, sheet: binheSheet('approval', { minLength: 1, maxLength: 3 }), rule: { name: 'greedy' } },
    testOperatorKey,
  );
  const { codes } = await box<{ codes: { code: string }[] }>(
    'POST',
    `${path}/codes`,
    { count },
    testOperatorKey,
  );
  if (options.open !== false) await box('POST', `${path}/open`, undefined, testOperatorKey);
  return {
    id,
    codes: codes.map((entry) => entry.code),
    voted: async () => (await box<{ voters: { voted: number } }>('GET', path)).voters.voted,
    close: async () => {
      await box('POST', `${path}/close`, undefined, testOperatorKey);
    },
  };
}

const ballotOf = (election: string, attributes: { code?: string; codeParam?: string } = {}) =>
  html`<div style="width:360px">
    <qy-pb-ballot
      box="/__box"
      organization="default"
      election=${election}
      code=${attributes.code ?? ''}
      code-param=${ifDefined(attributes.codeParam)}
    ></qy-pb-ballot>
  </div>`;

const mount = (template: ReturnType<typeof ballotOf>, lang = 'en') =>
  fixture<QyPbBallot>(template, { selector: 'qy-pb-ballot', lang });

/** The choices are shown (the sheet came from the box and no code is asked for). */
const choosing = (el: QyPbBallot) =>
  el.currentStep === 'vote' && el.shadowRoot!.querySelector('input[type="checkbox"]') !== null;

async function tick(el: QyPbBallot, id: string): Promise<void> {
  await userEvent.click(shadow(el, `li[data-project="${id}"] input[type="checkbox"]`));
  await el.updateComplete;
}

async function press(el: QyPbBallot, label: string): Promise<void> {
  await userEvent.click(await shadowButton(el, label));
  await el.updateComplete;
}

async function typeCode(el: QyPbBallot, code: string): Promise<void> {
  const input = shadow<HTMLInputElement>(el, '#voting-code');
  await userEvent.clear(input);
  await userEvent.type(input, code);
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
}

beforeEach(async () => {
  localStorage.clear();
  await network({ down: false, loseAnswers: false });
});
afterEach(async () => {
  cleanupFixtures();
  localStorage.clear();
  await network({ down: false, loseAnswers: false });
});

describe('<qy-pb-ballot> fed a sheet', () => {
  // First in this file, before any ballot connects to a box and loads the module.
  it('never downloads the ballot box connection', async () => {
    const el = await fixture<QyPbBallot>(
      html`<qy-pb-ballot .election=${binheSheet('approval')}></qy-pb-ballot>`,
      { lang: 'en' },
    );
    expect(shadowText(el)).toContain('Binhe participatory budget');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // (The next test sees them appear once a ballot connects to a box.)
    expect(boxModulesLoaded()).toEqual([]);
  });
});

describe('<qy-pb-ballot> with a ballot box', () => {
  it('reads the sheet from the box, asks for the code first and checks it before any choice, then shows the box’s receipt whole; a code that has voted is stopped at the code field (en, keyboard, 360 px)', async () => {
    const election = await openElection(1);
    const el = await mount(ballotOf(election.id));
    await eventually(() => el.currentStep === 'code', 'the code step');
    expect(boxModulesLoaded().length).toBeGreaterThan(0);
    // No choice before the code: the code field, labelled, and the box's sheet behind it.
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(shadow(el, 'label[for="voting-code"]').textContent).toContain('Voting code');
    await expectNoAxeViolations(el.parentElement!);
    expectFitsNarrow(el, { targets: 'button, input#voting-code', texts: 'h2, label, p' });

    // Keyboard only: the field, a wrong code, Enter. The box knows no such code: the voter
    // stays at the field with the reason, before marking anything.
    shadow<HTMLInputElement>(el, '#voting-code').focus();
    await typeCode(el, 'WRONG-CODE-0000');
    await eventually(
      () => el.shadowRoot!.querySelector('#voting-code')?.getAttribute('aria-invalid') === 'true',
      'the refused code',
    );
    expect(el.currentStep).toBe('code');
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(shadow<HTMLInputElement>(el, '#voting-code').value).toBe('WRONG-CODE-0000');
    expect(shadow(el, '#voting-code-error').textContent).toContain(
      'The ballot box does not know this code.',
    );
    expect(shadowText(el)).not.toContain('HTTP');
    expect(el.shadowRoot!.activeElement?.id).toBe('voting-code');
    await expectNoAxeViolations(el.parentElement!);

    // The right code: the choices, then the box's receipt.
    const sent: string[] = [];
    el.addEventListener('qy-pb-ballot-sent', (e) => sent.push(e.detail.receipt ?? ''));
    await typeCode(el, election.codes[0]!);
    await eventually(() => choosing(el), 'the choices');
    expect(el.shadowRoot!.activeElement?.id).toBe('step-title');
    expect(shadowText(el)).toContain('Binhe participatory budget');
    expect(shadowText(el)).toContain('Trees on the embankment');
    await tick(el, 'c-trees');
    await tick(el, 'c-library');
    await press(el, 'Review my ballot');
    await press(el, 'Submit ballot');
    await eventually(() => el.currentStep === 'sent', 'sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(shadow(el, '.receipt-value').textContent?.trim()).toBe(sent[0]);
    expect(shadowText(el)).toContain('Ballot box receipt');
    expect(await election.voted()).toBe(1);
    await expectNoAxeViolations(el.parentElement!);
    expectFitsNarrow(el, { targets: 'button', texts: 'h2, .receipt-value' });

    // A new ballot on this device asks for a code again; the same code has voted: the box says
    // so at the code field, before any choice.
    await press(el, 'Start a new ballot');
    await eventually(() => el.currentStep === 'code', 'the code step for the next voter');
    expect(shadow<HTMLInputElement>(el, '#voting-code').value).toBe('');
    await typeCode(el, election.codes[0]!);
    await eventually(
      () =>
        (el.shadowRoot!.querySelector('#voting-code-error')?.textContent ?? '').includes(
          'voted already',
        ),
      'the code that has voted',
    );
    expect(el.currentStep).toBe('code');
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(await election.voted()).toBe(1);
  });

  it('takes the code from the page URL, waits offline (also across a reload), and is stored once when delivered (an answer lost on the way back is not a second ballot)', async () => {
    const election = await openElection(2);
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?c=${election.codes[0]}`);
    try {
      const el = await mount(ballotOf(election.id, { codeParam: 'c' }));
      await eventually(() => choosing(el), 'the choices');
      expect(location.search).toBe('');
      await network({ down: true });
      const queued: string[] = [];
      el.addEventListener('qy-pb-ballot-queued', (e) => queued.push(e.detail.key));
      await tick(el, 'c-canteen');
      await press(el, 'Review my ballot');
      await press(el, 'Submit ballot');
      await eventually(() => el.currentStep === 'queued', 'queued');
      expect(queued).toHaveLength(1);
      expect(shadowText(el)).toContain('saved on this device');
      expect(await election.voted()).toBe(0);

      // The voter closes the tab; back online, a new page (the code long gone from the address
      // bar) shows the waiting ballot and delivers it: the same ballot, under the same key, once.
      cleanupFixtures();
      await network({ down: false });
      const again = await mount(ballotOf(election.id, { codeParam: 'c' }));
      await eventually(() => again.currentStep === 'sent', 'the waiting ballot delivered');
      expect(shadow(again, '.receipt-value').textContent?.trim()).toMatch(/^[0-9a-f]{64}$/);
      expect(await election.voted()).toBe(1);
      await again.retryNow();
      expect(await election.voted()).toBe(1);
      expect(localStorage.getItem(OUTBOX)).toBeNull();
    } finally {
      history.replaceState(history.state, '', page);
    }

    // The box stores the second voter's ballot but the answer is lost: the retry is answered
    // again with the same receipt, and the box still holds one ballot of that voter.
    cleanupFixtures();
    const second = await mount(ballotOf(election.id, { code: election.codes[1] }));
    await eventually(() => choosing(second), 'the choices');
    await network({ loseAnswers: true });
    await tick(second, 'c-trees');
    await press(second, 'Review my ballot');
    await press(second, 'Submit ballot');
    await eventually(() => second.currentStep === 'queued', 'queued with its answer lost');
    expect(await election.voted()).toBe(2);
    await network({ loseAnswers: false });
    await second.retryNow();
    await eventually(() => second.currentStep === 'sent', 'sent');
    expect(shadow(second, '.receipt-value').textContent?.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(await election.voted()).toBe(2);
  });

  it('shows the box’s own refusal of a closed election in Chinese, never retries it, and keeps the choices', async () => {
    const election = await openElection(1);
    const el = await mount(ballotOf(election.id, { code: election.codes[0] }), 'zh-CN');
    await eventually(() => choosing(el), 'the choices');
    expect(shadowText(el)).toContain('滨河街道参与式预算');
    await tick(el, 'c-trees');
    // Moved in the page (taken out and put back): the ballot keeps its choices.
    el.parentElement!.append(el);
    await el.updateComplete;
    expect(el.value).toEqual({ projects: ['c-trees'] });
    await election.close();
    const refused: { status: number; message: string }[] = [];
    el.addEventListener('qy-pb-ballot-rejected', (e) => refused.push(e.detail));
    await press(el, '核对我的选票');
    await press(el, '提交选票');
    await eventually(() => el.currentStep === 'rejected', 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.status).toBe(409);
    // The box's words, in the ballot's language, not a status code.
    expect(shadow(el, '#step-title').textContent).toContain('投票箱拒绝了此选票');
    expect(shadow(el, '#step-title').textContent).toContain('只在投票进行中接受选票');
    expect(shadowText(el)).not.toContain('HTTP');
    expect(localStorage.getItem(OUTBOX)).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
    await el.retryNow();
    expect(el.currentStep).toBe('rejected');
    await press(el, '修改我的选择');
    expect(el.value).toEqual({ projects: ['c-trees'] });

    // A ballot opened on a closed election says so above the choices, in the element's words.
    cleanupFixtures();
    const late = await mount(ballotOf(election.id, { code: election.codes[0] }), 'zh-CN');
    await eventually(() => choosing(late), 'the choices');
    expect(shadow(late, '[part="election-status"]').textContent).toContain('本次投票已截止');
    await expectNoAxeViolations(late.parentElement!);
  });

  it('shows the box’s reason when there is no such election', async () => {
    const el = await mount(ballotOf('no-such-election'));
    await eventually(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'an error');
    expect(shadow(el, '[part="error"]').textContent).toContain(
      'No such PB election in this organisation',
    );
    expect(shadow(el, '[part="error"]').textContent).not.toMatch(/\b404\b/);
    await expectNoAxeViolations(el.parentElement!);
  });
});
