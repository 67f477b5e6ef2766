import { SurveyResponseSchema, type SurveyResponse } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/needs-survey.js';
import { box, network, testOperatorKey } from '../testing/ballot-box.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  until,
  pilotSurvey,
} from '../testing/elements-testing.js';
import type { QyNeedsSurvey } from '@qingyuan/elements';

// <qy-needs-survey envelope="document"> posting into a survey-response collection of the real
// ballot box (@qingyuan/server at /__box/, see ballot-box-endpoint.ts).

async function button(el: QyNeedsSurvey, label: string): Promise<HTMLButtonElement> {
  await el.updateComplete;
  const found = shadowAll<HTMLButtonElement>(el, 'button').find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function answerAndSend(el: QyNeedsSurvey): Promise<void> {
  await userEvent.click(shadow(el, '[data-question="q-housing"] input[value="bungalow"]'));
  await userEvent.click(shadow(el, '[data-question="q-needs"] input[value="goods"]'));
  await userEvent.click(await button(el, 'Next'));
  await userEvent.click(await button(el, 'Check my answers'));
  await userEvent.click(await button(el, 'Send my answers'));
}

/** A survey-response collection on the box that checks every item with core's schema. */
async function openCollection() {
  const created = await box<{ id: string; organizerToken: string }>(
    'POST',
    '/collections',
    { kind: 'survey-responses', schema: 'SurveyResponse', corsOrigins: [location.origin] },
    testOperatorKey,
  );
  return {
    action: `/__box/collections/${created.id}/items`,
    items: async () =>
      (
        await box<{ items: { document: unknown }[] }>(
          'GET',
          `/collections/${created.id}/items`,
          undefined,
          created.organizerToken,
        )
      ).items.map((item) => item.document),
  };
}

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  localStorage.clear();
  await network({ down: false, loseAnswers: false });
});

describe('<qy-needs-survey envelope="document"> with the Qingyuan ballot box', () => {
  it('stores the response in a collection once, after going offline and back', async () => {
    const collection = await openCollection();
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        action=${collection.action}
        envelope="document"
        .survey=${pilotSurvey()}
      ></qy-needs-survey>`,
    );
    const submitted: SurveyResponse[] = [];
    el.addEventListener('qy-survey-submit', (e) => submitted.push(e.detail.response));

    await network({ down: true });
    await answerAndSend(el);
    await until(() => el.currentStep === 'queued', 'queued while offline');
    expect(await collection.items()).toEqual([]);

    await network({ down: false });
    window.dispatchEvent(new Event('online'));
    await until(() => el.currentStep === 'sent', 'sent once online');
    await el.retryNow();

    const items = await collection.items();
    expect(items).toEqual(submitted);
    expect(SurveyResponseSchema.safeParse(items[0]).success).toBe(true);
    expect(localStorage.getItem('qingyuan:survey-outbox')).toBeNull();
  });

  it('without the envelope the box refuses the bare response (the shapes differ)', async () => {
    const collection = await openCollection();
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        action=${collection.action}
        .survey=${pilotSurvey()}
      ></qy-needs-survey>`,
    );
    await answerAndSend(el);
    await until(() => el.currentStep === 'rejected', 'rejected');
    // The box's own reason (the path of a missing field), not a bare HTTP status.
    expect(el.shadowRoot?.textContent).toContain('The server refused these answers: ');
    expect(el.shadowRoot?.textContent).not.toContain('HTTP 400');
    expect(await collection.items()).toEqual([]);
  });
});
