import type { Ballot } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/ballot.js';
import {
  expectNoAxeViolations,
  cleanupFixtures,
  fixture,
  shadow,
  until,
  shadowText as text,
  shadowButton as button,
  pilotMeeting,
} from '../testing/elements-testing.js';
import { box, network, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import type { QyBallot, QyBallotSubmitEvent } from '@qingyuan/elements';

// These tests vote through <qy-ballot> into the real ballot box (@qingyuan/server on an
// in-memory SQLite database, served at /__box/ by ballot-box-endpoint.ts).

interface StoredBallot {
  code: string;
  voter: string;
  seq: number;
  marks: Ballot['marks'];
  receipt: string;
  counted: boolean;
}

/** A pilot meeting on the ballot box, open for voting, with codes issued as asked. */
async function openMeeting(codes: { voters: string[] } | { count: number }) {
  const id = uniqueId('e2e');
  const meeting = pilotMeeting({ id });
  const created = await box<{ organizerToken: string }>(
    'POST',
    '/meetings',
    { meeting, corsOrigins: [location.origin] },
    testOperatorKey,
  );
  const token = created.organizerToken;
  const issued = await box<{ codes: { id: string; code: string; voter: string }[] }>(
    'POST',
    `/meetings/${id}/codes`,
    codes,
    token,
  );
  await box('POST', `/meetings/${id}/lock-weights`, undefined, token);
  await box('POST', `/meetings/${id}/open`, undefined, token);
  return {
    id,
    meeting,
    codes: issued.codes,
    endpoint: `/__box/meetings/${id}/ballots`,
    ballots: async () =>
      (
        await box<{ ballots: StoredBallot[] }>(
          'GET',
          `/meetings/${id}/export/ballots`,
          undefined,
          token,
        )
      ).ballots,
    counted: async () =>
      (await box<{ counted: number }>('GET', `/meetings/${id}/results`, undefined, token)).counted,
  };
}

/** Approves the Cultural Activity Center for public benefit, reviews and submits. */
async function vote(
  el: QyBallot,
  labels = { review: 'Review my ballot', submit: 'Submit ballot' },
) {
  // The code is checked with the box before the ballot shows its marks.
  await until(
    () => el.shadowRoot?.querySelector('input[type="checkbox"]') != null,
    'the ballot’s marks',
  );
  await userEvent.click(
    shadow(el, 'input[data-project="yuhuayuan-culture"][data-criterion="public-benefit"]'),
  );
  await userEvent.click(await button(el, labels.review));
  await userEvent.click(await button(el, labels.submit));
}

const expectedMarks = {
  'yuhuayuan-culture': { 'public-benefit': true, feasibility: false, sustainability: false },
  'jinhuiyuan-efamily': { 'public-benefit': false, feasibility: false, sustainability: false },
  'xinghuayuan-children': { 'public-benefit': false, feasibility: false, sustainability: false },
};

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  await network({ down: false, loseAnswers: false });
});

describe('<qy-ballot code> with the Qingyuan ballot box', () => {
  it('casts a named code’s ballot after going offline and back, counted once, with the box’s receipt', async () => {
    const open = await openMeeting({ voters: ['v-jinhuali'] });
    const code = open.codes[0]!.code;
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        voter="v-jinhuali"
        code=${code}
        endpoint=${open.endpoint}
        .meeting=${open.meeting}
      ></qy-ballot>`,
    );
    const submitted: Ballot[] = [];
    const boxReceipts: (string | undefined)[] = [];
    el.addEventListener('qy-ballot-submit', (e: QyBallotSubmitEvent) =>
      submitted.push(e.detail.ballot),
    );
    el.addEventListener('qy-ballot-sent', (e) => boxReceipts.push(e.detail.receipt));

    await network({ down: true });
    await vote(el);
    await until(() => el.currentStep === 'queued', 'queued while offline');
    expect(await open.ballots()).toEqual([]);
    // The event keeps the interchange format: own-community project left out by core's rule.
    expect(submitted).toEqual([{ voter: 'v-jinhuali', marks: expectedMarks }]);

    await network({ down: false });
    window.dispatchEvent(new Event('online'));
    await until(() => el.currentStep === 'sent', 'sent once online');
    window.dispatchEvent(new Event('online'));
    await el.retryNow();

    const stored = await open.ballots();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ seq: 1, counted: true });
    // The box exports a named voter's ballot under an opaque id, never the name.
    expect(JSON.stringify(stored[0])).not.toContain('v-jinhuali');
    expect(stored[0]!.marks).toEqual(expectedMarks);
    expect(await open.counted()).toBe(1);
    expect(boxReceipts).toEqual([stored[0]!.receipt]);
    expect(shadow(el, '[part="receipt"]').textContent).toContain(stored[0]!.receipt);
    expect(text(el)).toContain('Ballot box receipt');
    expect(text(el)).not.toContain(code);
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
  });

  it('reads an anonymous code from the page URL; a lost answer is retried and stored once', async () => {
    const open = await openMeeting({ count: 1 });
    const { code, id: codeId } = open.codes[0]!;
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?m=${open.id}&c=${code}`);
    try {
      const el = await fixture<QyBallot>(
        html`<qy-ballot
          code-param="c"
          endpoint=${open.endpoint}
          .meeting=${open.meeting}
        ></qy-ballot>`,
      );
      expect(el.votingCode).toBe(code);
      expect(el.checkValidity()).toBe(true);
      await until(() => el.currentStep === 'vote' && text(el).includes('approvals'), 'checked');

      // The box commits the ballot, but its answer never reaches the page.
      await network({ loseAnswers: true });
      await vote(el);
      await until(() => el.currentStep === 'queued', 'queued after a lost answer');
      expect(await open.ballots()).toHaveLength(1);

      await network({ loseAnswers: false });
      await el.retryNow();
      await until(() => el.currentStep === 'sent', 'sent on retry');

      const stored = await open.ballots();
      expect(stored).toHaveLength(1);
      // An anonymous code votes on every project (no own community), as the code's own voter.
      expect(stored[0]).toMatchObject({ code: codeId, voter: codeId, seq: 1, counted: true });
      expect(Object.keys(stored[0]!.marks)).toHaveLength(4);
      expect(await open.counted()).toBe(1);
      expect(shadow(el, '[part="receipt"]').textContent).toContain(stored[0]!.receipt);
      expect(text(el)).not.toContain('replaces');
    } finally {
      history.replaceState(history.state, '', page);
    }
  });

  it('says when a second ballot of the same code replaced the first', async () => {
    const open = await openMeeting({ count: 1 });
    const code = open.codes[0]!.code;
    for (const round of [1, 2]) {
      localStorage.clear();
      const el = await fixture<QyBallot>(
        html`<qy-ballot
          code=${code}
          endpoint=${open.endpoint}
          .meeting=${open.meeting}
        ></qy-ballot>`,
      );
      await vote(el);
      await until(() => el.currentStep === 'sent', `ballot ${round} sent`);
      expect(text(el).includes('replaces the one cast earlier')).toBe(round === 2);
      cleanupFixtures();
    }
    const stored = await open.ballots();
    expect(stored.map((b) => [b.seq, b.counted])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(await open.counted()).toBe(1);
  });

  it('asks for the code first, checks it with the box before any mark, and takes it out of the address bar (box + meeting, zh-CN)', async () => {
    const open = await openMeeting({ count: 1 });
    const { code } = open.codes[0]!;
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?m=${open.id}&c=WRONG-CODE-1234`);
    try {
      const el = await fixture<QyBallot>(
        html`<qy-ballot box="/__box" meeting=${open.id} code-param="c"></qy-ballot>`,
        { lang: 'zh-CN' },
      );
      // The meeting comes from the box; the code from the URL is checked before marking.
      await until(() => el.currentStep === 'code' && text(el).includes('投票箱中没有'), 'refused');
      expect(location.search).toBe(`?m=${open.id}`);
      expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
      const input = shadow<HTMLInputElement>(el, '#voting-code');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.value).toBe('WRONG-CODE-1234');
      expect(shadow(el, 'label[for="voting-code"]').textContent).toContain('投票码');
      expect(text(el)).not.toContain('HTTP');
      await expectNoAxeViolations(el.parentElement!);

      // Typed as on a phone: lower case, no dashes; the Enter key sends it.
      await userEvent.clear(input);
      await userEvent.type(input, code.toLowerCase().replace(/-/g, ''));
      await userEvent.keyboard('{Enter}');
      await until(() => el.currentStep === 'vote', 'vote after a valid code');
      expect(el.shadowRoot!.activeElement?.id).toBe('step-title');
      await vote(el, { review: '检查我的选票', submit: '提交选票' });
      await until(() => el.currentStep === 'sent', 'sent');
      const stored = await open.ballots();
      expect(stored).toHaveLength(1);
      expect(shadow(el, '.receipt-value').textContent?.trim()).toBe(stored[0]!.receipt);
      expect(location.search).not.toContain(code);
    } finally {
      history.replaceState(history.state, '', page);
    }
  });

  it('says a code has voted already before marking: a new ballot replaces the old', async () => {
    const open = await openMeeting({ count: 1 });
    const code = open.codes[0]!.code;
    await fetch(`/__box/meetings/${open.id}/ballots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, marks: expectedMarks }),
    });
    const el = await fixture<QyBallot>(
      html`<qy-ballot box="/__box" meeting=${open.id} code=${code}></qy-ballot>`,
    );
    await until(() => text(el).includes('A ballot was already cast with this code'), 'notice');
    expect(el.currentStep).toBe('vote');
  });

  it('shows the receipt of a ballot delivered after an outage and a reload, never a fresh ballot', async () => {
    const open = await openMeeting({ count: 1 });
    const { code } = open.codes[0]!;
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?c=${code}`);
    try {
      const first = await fixture<QyBallot>(
        html`<qy-ballot
          code-param="c"
          endpoint=${open.endpoint}
          .meeting=${open.meeting}
        ></qy-ballot>`,
      );
      await until(() => first.currentStep === 'vote', 'vote');
      await network({ down: true });
      await vote(first);
      await until(() => first.currentStep === 'queued', 'queued while offline');
      cleanupFixtures(); // the voter closes the tab
      await network({ down: false });
      expect(location.search).toBe('');

      // Back online, the page again, without the code in the URL.
      const second = await fixture<QyBallot>(
        html`<qy-ballot
          code-param="c"
          endpoint=${open.endpoint}
          .meeting=${open.meeting}
        ></qy-ballot>`,
      );
      await until(() => second.currentStep === 'sent', 'delivered on return');
      const stored = await open.ballots();
      expect(stored).toHaveLength(1);
      expect(shadow(second, '.receipt-value').textContent?.trim()).toBe(stored[0]!.receipt);
      cleanupFixtures();

      // Once more: the receipt of the delivered ballot, not an empty ballot.
      const third = await fixture<QyBallot>(
        html`<qy-ballot
          code-param="c"
          endpoint=${open.endpoint}
          .meeting=${open.meeting}
        ></qy-ballot>`,
        { lang: 'en' },
      );
      await until(() => third.currentStep === 'sent', 'remembered');
      expect(text(third)).toContain('Your ballot was already received.');
      expect(text(third)).toContain('Ballot box receipt');
      expect(shadow(third, '.receipt-value').textContent?.trim()).toBe(stored[0]!.receipt);
      expect(third.shadowRoot!.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
      await userEvent.click(await button(third, 'Copy receipt'));
      await until(() => shadow(third, '.copy-status').textContent!.trim() !== '', 'copy status');
      expect(shadow(third, '.copy-status').textContent).toMatch(/Receipt copied|copy it by hand/);
      expect(localStorage.getItem('qingyuan:ballot-delivered')).not.toContain(code);
      await expectNoAxeViolations(third.parentElement!);
      expect(await open.ballots()).toHaveLength(1);
    } finally {
      history.replaceState(history.state, '', page);
    }
  });

  it('asks for a code when it has none, and says when the box is closed', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot code-param="c" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    expect(el.votingCode).toBe('');
    expect(el.checkValidity()).toBe(false);
    expect(el.currentStep).toBe('code');
    expect(text(el)).toContain('Enter your voting code');
    el.code = 'ABCD-EFGH';
    await until(() => el.currentStep === 'vote', 'vote with a code');
    expect(el.checkValidity()).toBe(true);
    expect(el.value?.voter).toBe('anonymous');

    // A meeting read from the box says when voting has not opened.
    const draft = uniqueId('draft');
    const created = await box<{ organizerToken: string }>(
      'POST',
      '/meetings',
      { meeting: pilotMeeting({ id: draft }), corsOrigins: [location.origin] },
      testOperatorKey,
    );
    const issued = await box<{ codes: { code: string }[] }>(
      'POST',
      `/meetings/${draft}/codes`,
      { count: 1 },
      created.organizerToken,
    );
    const early = await fixture<QyBallot>(
      html`<qy-ballot box="/__box" meeting=${draft} code=${issued.codes[0]!.code}></qy-ballot>`,
    );
    await until(() => text(early).includes('Voting has not opened yet'), 'draft notice');
    expect(early.currentStep).toBe('vote');
  });
});
