import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/needs-survey.js';
import { box, testOperatorKey } from '../testing/ballot-box.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  until,
  pilotSurvey,
} from '../testing/elements-testing.js';
import type { QyNeedsSurvey } from '@qingyuan/elements';

// <qy-needs-survey box collection> with nothing else: the survey comes from the real ballot box
// (@qingyuan/server at /__box/, see ballot-box-endpoint.ts), which serves the survey the
// collection was created with, and the response goes back into that collection.

async function button(el: QyNeedsSurvey, label: string): Promise<HTMLButtonElement> {
  await el.updateComplete;
  const found = shadowAll<HTMLButtonElement>(el, 'button').find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** A survey-response collection created with the pilot survey, and what it has stored. */
async function surveyCollection() {
  const created = await box<{ id: string; organizerToken: string }>(
    'POST',
    '/collections',
    { kind: 'survey-responses', survey: pilotSurvey(), corsOrigins: [location.origin] },
    testOperatorKey,
  );
  return {
    id: created.id,
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
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-needs-survey box collection> loading its survey from the ballot box', () => {
  it('shows the collection’s survey and stores the answers in it', async () => {
    const collection = await surveyCollection();
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey box="/__box" collection=${collection.id}></qy-needs-survey>`,
      { lang: 'en' },
    );
    await until(() => el.shadowRoot!.textContent!.includes('What kind of home'), 'survey shown');
    expect(el.shadowRoot!.textContent).toContain('Jinhuali needs survey');

    await userEvent.click(shadow(el, '[data-question="q-housing"] input[value="bungalow"]'));
    await userEvent.click(shadow(el, '[data-question="q-needs"] input[value="goods"]'));
    await userEvent.click(await button(el, 'Next'));
    await userEvent.click(await button(el, 'Check my answers'));
    await userEvent.click(await button(el, 'Send my answers'));
    await until(() => el.currentStep === 'sent', 'sent');

    const items = (await collection.items()) as { survey: string; answers: object }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      survey: 'jinhuali-2007',
      answers: { 'q-housing': 'bungalow', 'q-needs': ['goods'] },
    });
  });

  it('says the survey could not be read when the collection has none (404)', async () => {
    const plain = await box<{ id: string }>(
      'POST',
      '/collections',
      { kind: 'survey-responses', corsOrigins: [location.origin] },
      testOperatorKey,
    );
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey box="/__box/" collection=${plain.id}></qy-needs-survey>`,
      { lang: 'en' },
    );
    const failed = new Promise<void>((resolve) =>
      el.addEventListener('qy-load-error', () => resolve(), { once: true }),
    );
    await failed;
    await el.updateComplete;
    expect(shadow(el, '[part="error"]').textContent).toContain('404');
  });

  it('an inline survey still wins: nothing is read from the box', async () => {
    const collection = await surveyCollection();
    const inline = { ...pilotSurvey(), title: { 'zh-CN': '内联问卷', en: 'Inline survey' } };
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        box="/__box"
        collection=${collection.id}
        .survey=${inline}
      ></qy-needs-survey>`,
      { lang: 'en' },
    );
    await until(() => el.shadowRoot!.textContent!.includes('Inline survey'), 'inline survey');
    expect(el.shadowRoot!.textContent).not.toContain('Jinhuali needs survey');
  });
});
