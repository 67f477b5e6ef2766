import { html } from 'lit';
import '../define/ranking-table.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText, pilotMeeting } from '../testing/meetings.js';

export default {
  title: 'Components/qy-ranking-table',
  component: 'qy-ranking-table',
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

export const Empty = { render: () => html`<main><qy-ranking-table></qy-ranking-table></main>` };

export const WithFundEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-ranking-table fund="1800000" .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>
    </main>`,
};

export const WithFundChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-ranking-table fund="1800000" .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>
    </main>`,
};

export const TiedResults = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-ranking-table .meeting=${meeting} .ballots=${tiedBallots}></qy-ranking-table>
    </main>`,
};

export const InvalidResult = {
  render: () =>
    html`<main lang="en">
      <qy-ranking-table
        .meeting=${meeting}
        .result=${{ ranking: [{ project: 'nowhere' }] }}
      ></qy-ranking-table>
    </main>`,
};

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
  render: () =>
    html`<main lang="en">
      <qy-ranking-table
        fund="100000000"
        .meeting=${{ ...meeting, projects: bigProjects }}
        .result=${{ ranking: bigRanking, counted: 120, rejected: [] }}
      ></qy-ranking-table>
    </main>`,
};

export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-ranking-table fund="1800000" .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>
    </main>`,
};

export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-ranking-table fund="1800000" .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>
    </main>`,
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
  render: () => {
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
    return html`<main lang="en">
      <button type="button" @click=${next}>Next ballot</button>
      <output></output>
      <qy-ranking-table
        fund="1700000"
        announce-interval="0"
        .meeting=${meeting}
        .ballots=${arriving.slice(0, 1)}
      ></qy-ranking-table>
    </main>`;
  },
};
