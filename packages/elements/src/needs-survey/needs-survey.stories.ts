import { html } from 'lit';
import '../define/needs-survey.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText } from '../testing/meetings.js';
import { pilotSurvey, sectionedSurvey } from './needs-survey.fixture.js';

export default {
  title: 'Components/qy-needs-survey',
  component: 'qy-needs-survey',
};

// Each story uses its own survey id so their drafts in localStorage do not mix.
const survey = (id: string) => ({ ...pilotSurvey(), id });
const long = survey('story-long');
long.questions[0]!.label = { 'zh-CN': longText['zh-CN'], en: longText.en };
const offlineAction = '/qy-story-offline/responses';

/**
 * Makes `offlineAction` behave like a dropped connection (fetch rejects), without a network
 * request the browser would log; every other URL is fetched as usual.
 */
function simulateOffline(): void {
  const w = window as { __qyOfflineStub?: boolean };
  if (w.__qyOfflineStub) return;
  w.__qyOfflineStub = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(offlineAction)
      ? Promise.reject(new TypeError('Failed to fetch (story: offline)'))
      : realFetch(input, init);
}

/** Answers the first page, goes through the review and submits, as a resident would. */
async function answerAndSubmit(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('qy-needs-survey');
  if (!el) return;
  const root = el.shadowRoot!;
  const click = async (selector: string) => {
    await el.updateComplete;
    root.querySelector<HTMLElement>(selector)?.click();
    await el.updateComplete;
  };
  await click('[data-question="q-housing"] input[value="flat"]');
  await click('[data-question="q-needs"] input[value="goods"]');
  // Next, Check my answers, Send my answers
  await click('.actions button.primary');
  await click('.actions button.primary');
  await click('.actions button.primary');
}

/** Shows the error messages of the first page, as after pressing “Next” with nothing chosen. */
async function pressNext(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('qy-needs-survey');
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
}

export const Empty = { render: () => html`<main><qy-needs-survey></qy-needs-survey></main>` };
export const English = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey .survey=${survey('story-en')}></qy-needs-survey>
    </main>`,
};
export const Chinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-survey .survey=${survey('story-zh')}></qy-needs-survey>
    </main>`,
};
/** A survey written in sections: one titled page per topic, for residents who find that easier. */
export const Sections = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-survey .survey=${{ ...sectionedSurvey(), id: 'story-sections' }}></qy-needs-survey>
    </main>`,
};
export const SectionsEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey
        .survey=${{ ...sectionedSurvey(), id: 'story-sections-en' }}
      ></qy-needs-survey>
    </main>`,
};
/** The review of a survey with sections: answers grouped under the section titles. */
export const SectionsReview = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey
        .survey=${{ ...sectionedSurvey(), id: 'story-sections-review' }}
      ></qy-needs-survey>
    </main>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('qy-needs-survey');
    if (!el) return;
    const root = el.shadowRoot!;
    const click = async (selector: string) => {
      await el.updateComplete;
      root.querySelector<HTMLElement>(selector)?.click();
      await el.updateComplete;
    };
    await click('[data-question="q-housing"] input[value="flat"]');
    await click('.actions button.primary');
    await click('[data-question="q-needs"] input[value="goods"]');
    // Needs, Community services, Your ideas: on to the review.
    for (let i = 0; i < 3; i++) await click('.actions button.primary');
  },
};
export const AllOnOnePage = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey per-page="10" .survey=${survey('story-one-page')}></qy-needs-survey>
    </main>`,
};
export const MissingAnswers = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-survey .survey=${survey('story-invalid')}></qy-needs-survey>
    </main>`,
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => pressNext(canvasElement),
};
export const InvalidDocument = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey .survey=${{ id: 'x', title: 'Broken', questions: [] }}></qy-needs-survey>
    </main>`,
};
export const Review = {
  render: () =>
    html`<main lang="en">
      <qy-needs-survey per-page="10" .survey=${survey('story-review')}></qy-needs-survey>
    </main>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('qy-needs-survey');
    const root = el?.shadowRoot;
    await el?.updateComplete;
    root?.querySelector<HTMLElement>('[data-question="q-housing"] input[value="flat"]')?.click();
    root?.querySelector<HTMLElement>('[data-question="q-needs"] input[value="goods"]')?.click();
    await el?.updateComplete;
    root?.querySelector<HTMLElement>('.actions button.primary')?.click();
  },
};
export const Submitted = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-survey .survey=${survey('story-submitted')}></qy-needs-survey>
    </main>`,
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => answerAndSubmit(canvasElement),
};
export const OfflineQueued = {
  render: () => {
    simulateOffline();
    return html`<main lang="en">
      <qy-needs-survey action=${offlineAction} .survey=${survey('story-offline')}></qy-needs-survey>
    </main>`;
  },
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => answerAndSubmit(canvasElement),
};
export const LongLabels = {
  render: () => html`<main lang="zh-CN"><qy-needs-survey .survey=${long}></qy-needs-survey></main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-needs-survey .survey=${survey('story-dark')}></qy-needs-survey>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-needs-survey .survey=${long}></qy-needs-survey>
    </main>`,
};

/**
 * Responses straight into a ballot box: start one with `npx @qingyuan/cli serve`, create a
 * survey-response collection (`POST /collections` with `{"kind":"survey-responses",
 * "schema":"SurveyResponse","corsOrigins":["<this Storybook's origin>"]}`) and set `collection`
 * to its id. Without a box running, sending shows the response waiting on the device.
 */
export const IntoBallotBox = {
  args: { box: 'http://127.0.0.1:8787', collection: 'col-EXAMPLE', lang: 'en' },
  render: (args: { box: string; collection: string; lang: string }) =>
    html`<main lang=${args.lang}>
      <qy-needs-survey
        box=${args.box}
        collection=${args.collection}
        .survey=${pilotSurvey()}
      ></qy-needs-survey>
    </main>`,
};
