import '../define/needs-survey.js';
import { longText } from '../testing/meetings.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { pilotSurvey, sectionedSurvey } from './needs-survey.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-needs-survey',
  component: 'qy-needs-survey',
  render: renderFromArgs('qy-needs-survey'),
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

type Canvas = { canvasElement: HTMLElement };

/** Three questions a page, in the toolbar's language. */
export const Paged = { args: { survey: survey('story-zh') } };
export const Empty = {};
export const English = { args: { survey: survey('story-en') }, globals: { locale: 'en' } };
/** A survey written in sections: one titled page per topic, for residents who find that easier. */
export const Sections = { args: { survey: { ...sectionedSurvey(), id: 'story-sections' } } };
export const SectionsEnglish = {
  args: { survey: { ...sectionedSurvey(), id: 'story-sections-en' } },
  globals: { locale: 'en' },
};
/** The review of a survey with sections: answers grouped under the section titles. */
export const SectionsReview = {
  args: { survey: { ...sectionedSurvey(), id: 'story-sections-review' } },
  play: async ({ canvasElement }: Canvas) => {
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
export const AllOnOnePage = { args: { 'per-page': 10, survey: survey('story-one-page') } };
export const MissingAnswers = {
  args: { survey: survey('story-invalid') },
  play: ({ canvasElement }: Canvas) => pressNext(canvasElement),
};
export const InvalidDocument = { args: { survey: { id: 'x', title: 'Broken', questions: [] } } };
export const Review = {
  args: { 'per-page': 10, survey: survey('story-review') },
  play: async ({ canvasElement }: Canvas) => {
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
  args: { survey: survey('story-submitted') },
  play: ({ canvasElement }: Canvas) => answerAndSubmit(canvasElement),
};
export const OfflineQueued = {
  loaders: [
    () => {
      simulateOffline();
      return {};
    },
  ],
  args: { action: offlineAction, survey: survey('story-offline') },
  play: ({ canvasElement }: Canvas) => answerAndSubmit(canvasElement),
};
export const LongLabels = { args: { survey: long } };
export const DarkTheme = { args: { survey: survey('story-dark') }, globals: { theme: 'dark' } };
export const NarrowPhone = { args: { survey: long }, decorators: [narrow] };

/**
 * Responses straight into a ballot box: start one with `npx @qingyuan/cli serve`, create a
 * survey-response collection (`POST /collections` with `{"kind":"survey-responses",
 * "schema":"SurveyResponse","corsOrigins":["<this Storybook's origin>"]}`) and set `collection`
 * to its id. Without a box running, sending shows the response waiting on the device.
 */
export const IntoBallotBox = {
  args: { box: 'http://127.0.0.1:8787', collection: 'col-EXAMPLE', survey: pilotSurvey() },
};
