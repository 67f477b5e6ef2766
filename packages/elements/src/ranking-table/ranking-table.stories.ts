import { html } from 'lit';
import '../define/ranking-table.js';
import { longText, pilotMeeting } from '../testing/meetings.js';
import {
  elementFromArgs,
  narrow,
  renderFromArgs,
  storyText,
  type ElementArgs,
  type StoryContext,
} from '../testing/story-args.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-ranking-table',
  component: 'qy-ranking-table',
  render: renderFromArgs('qy-ranking-table'),
};

const meeting = pilotMeeting();
const ballots = [
  {
    voter: 'v-expert',
    marks: {
      'jinhuali-home': { 'public-benefit': true, feasibility: true, sustainability: true },
      'yuhuayuan-culture': { 'public-benefit': true },
      'xinghuayuan-children': { feasibility: true },
    },
  },
  {
    voter: 'v-yuhuayuan',
    marks: {
      'jinhuali-home': { 'public-benefit': true, feasibility: true },
      'jinhuiyuan-efamily': { sustainability: true },
    },
  },
];
const tiedBallots = [
  {
    voter: 'v-expert',
    marks: { 'jinhuali-home': { feasibility: true }, 'jinhuiyuan-efamily': { feasibility: true } },
  },
];

export const WithFund = { args: { fund: 1800000, meeting, ballots } };

export const Empty = {};

export const WithFundEnglish = {
  args: { fund: 1800000, meeting, ballots },
  globals: { locale: 'en' },
};

export const TiedResults = { args: { meeting, ballots: tiedBallots } };

export const InvalidResult = { args: { meeting, result: { ranking: [{ project: 'nowhere' }] } } };

const bigProjects = Array.from({ length: 1000 }, (_, i) => ({
  ...meeting.projects[i % 4]!,
  id: `p${i}`,
  title: `${i % 2 ? longText.en.slice(0, 40) : longText['zh-CN'].slice(0, 16)} #${i}`,
}));
const bigRanking = bigProjects.map((project, i) => ({
  project: project.id,
  rank: i + 1,
  total: 1000 - i,
  tied: false,
  criteria: { 'public-benefit': { score: 1000 - i, weighted: (1000 - i) * 0.4 } },
}));

export const ThousandRows = {
  args: {
    fund: 100000000,
    meeting: { ...meeting, projects: bigProjects },
    result: { ranking: bigRanking, counted: 120, rejected: [] },
  },
};

export const DarkTheme = {
  args: { fund: 1800000, meeting, ballots },
  globals: { theme: 'dark' },
};

export const NarrowPhone = {
  args: { fund: 1800000, meeting, ballots },
  decorators: [narrow],
};

/** Ballots arriving one at a time: each click hands the table a new set (tallied by core). */
const arriving = [
  {
    voter: 'v-expert',
    marks: {
      'yuhuayuan-culture': { 'public-benefit': true, feasibility: true },
      'jinhuiyuan-efamily': { 'public-benefit': true },
    },
  },
  {
    voter: 'v-yuhuayuan',
    marks: {
      'jinhuali-home': { 'public-benefit': true, feasibility: true, sustainability: true },
    },
  },
  {
    voter: 'v-jinhuali',
    marks: { 'xinghuayuan-children': { feasibility: true, sustainability: true } },
  },
];

/**
 * The cumulative requested amount beside each fund status, the row where it first exceeds the
 * fund, and the live region (shown here, normally visually hidden) saying what each new ballot
 * changed.
 */
export const LiveUpdates = {
  args: { fund: 1700000, 'announce-interval': 0, meeting, ballots: arriving.slice(0, 1) },
  render: (args: ElementArgs, { globals }: StoryContext) => {
    let count = 1;
    const next = (event: Event) => {
      const table = (event.target as HTMLElement).parentElement!.querySelector('qy-ranking-table')!;
      count = (count % arriving.length) + 1;
      (table as HTMLElement & { ballots: unknown }).ballots = arriving.slice(0, count);
      const live = table.shadowRoot!.querySelector('[role="status"]')!;
      requestAnimationFrame(() => {
        (event.target as HTMLElement).nextElementSibling!.textContent = live.textContent;
      });
    };
    return html`<main>
      <button type="button" @click=${next}>
        ${storyText(globals, { en: 'Next ballot', 'zh-CN': '下一张选票' })}
      </button>
      <output></output>
      ${elementFromArgs('qy-ranking-table', args)}
    </main>`;
  },
};
