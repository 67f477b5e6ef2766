import type { Ballot } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/ballot.js';
import type { QyBallotSubmitEvent } from '../events/ballot-submit.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { box, network, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  until,
  shadowText as text,
  shadowButton as button,
} from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import type { QyBallot } from './ballot.js';

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
    el.addEventListener('qy-ballot-sent', (e) => boxReceipts.push(e.detail.boxReceipt));

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

  it('shows the box’s refusal of a wrong code in the page’s language, and does not retry it', async () => {
    const open = await openMeeting({ count: 1 });
    const el = await fixture<QyBallot>(
      html`<qy-ballot
        code="WRONG-CODE"
        endpoint=${open.endpoint}
        .meeting=${open.meeting}
      ></qy-ballot>`,
      { lang: 'zh-CN' },
    );
    await vote(el, { review: '检查我的选票', submit: '提交选票' });
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(text(el)).toContain('投票箱拒绝了此选票：此投票码对本评审会无效');
    expect(text(el)).not.toContain('HTTP');
    expect(text(el)).not.toContain('"error"');
    expect(localStorage.getItem('qingyuan:ballot-outbox')).toBeNull();
    expect(await open.ballots()).toEqual([]);
  });

  it('needs a voter or a code before it can be cast', async () => {
    const el = await fixture<QyBallot>(
      html`<qy-ballot code-param="c" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    expect(el.votingCode).toBe('');
    expect(el.checkValidity()).toBe(false);
    expect(text(el)).toContain('No voter or voting code is set');
    el.code = 'ABCD-EFGH';
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
    expect(el.value?.voter).toBe('anonymous');
  });
});
