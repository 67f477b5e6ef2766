import { SurveyResponseSchema, type SurveyResponse } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/needs-survey.js';
import { boxStub, boxStubState } from '../testing/box-stub.js';
import { cleanupFixtures, fixture, shadow, shadowAll, until } from '../testing/fixture.js';
import { pilotSurvey } from './needs-survey.fixture.js';
import type { QyNeedsSurvey } from './needs-survey.js';

// <qy-needs-survey box collection>: the response goes into a survey-response collection of the
// ballot box (the stub of src/testing/box-stub-endpoint.ts), with no action or envelope to set.

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

beforeEach(async () => {
  localStorage.clear();
  await boxStub({ reset: true });
});
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-needs-survey box collection>', () => {
  it('posts { document: response } to the collection’s items, once', async () => {
    await boxStub({ collections: ['c-needs'] });
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        box="/__boxstub"
        collection="c-needs"
        .survey=${pilotSurvey()}
      ></qy-needs-survey>`,
      { lang: 'en' },
    );
    const submitted: SurveyResponse[] = [];
    el.addEventListener('qy-survey-submit', (e) => submitted.push(e.detail.response));
    await answerAndSend(el);
    await until(() => el.currentStep === 'sent', 'sent');
    const { items, requests } = await boxStubState();
    expect(requests).toEqual(['POST /collections/c-needs/items']);
    expect(items).toHaveLength(1);
    expect(items[0]!.document).toEqual(submitted[0]);
    expect(items[0]!.key).not.toBe('');
    expect(SurveyResponseSchema.safeParse(items[0]!.document).success).toBe(true);
  });

  it('shows the box’s reason when the collection does not exist', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        box="/__boxstub/"
        collection="missing"
        .survey=${pilotSurvey()}
      ></qy-needs-survey>`,
      { lang: 'en' },
    );
    await answerAndSend(el);
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(el.shadowRoot!.textContent).toContain('No such collection');
    expect((await boxStubState()).items).toEqual([]);
  });
});
