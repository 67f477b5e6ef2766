import type { ResultsSummarySheet } from '@qingyuan/core';
import {
  pilotBodies,
  pilotDecision,
  pilotParticipants,
  pilotRound,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import '../define/funding-decision.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-funding-decision',
  component: 'qy-funding-decision',
  render: renderFromArgs('qy-funding-decision'),
  args: { 'decided-at': '2007-10-09T10:00:00+08:00' },
};

// The 2007 pilot: the signed summary sheet, the 30,000 yuan fund, the street leader's and the
// expert's opinions (core's examples). The smaller fund and the change below are invented, to
// show the fund line and an override; they are not the case study's.
const fund = pilotRound.fund.amount;
const smallerFund = { amount: 2_100_000, currency: 'CNY' };
const { signOff: _, ...unsigned } = pilotSummarySheet;
const change = [
  {
    project: 'jinhuiyuan-efamily',
    granted: 300_000,
    by: 'p-center',
    reason: {
      'zh-CN': '（虚构）专家建议先试点半年',
      en: '(Invented) Experts advised a six-month pilot first',
    },
  },
];
/** The round's documents beside a summary sheet: the fund, the bodies, the participants. */
const base = (sheet: ResultsSummarySheet, amount = fund) => ({
  sheet,
  fund: amount,
  bodies: pilotBodies,
  participants: pilotParticipants,
});
const opinions = pilotDecision.opinions;

export const Pilot = { args: { ...base(pilotSummarySheet), opinions } };
export const PilotEnglish = {
  args: { ...base(pilotSummarySheet), opinions },
  globals: { locale: 'en' },
};
export const FundLineWithASmallerFund = { args: base(pilotSummarySheet, smallerFund) };
export const WithARecordedChange = {
  args: { ...base(pilotSummarySheet, smallerFund), overrides: change },
};
export const SheetNotSignedOff = { args: base(unsigned) };
export const NoFund = { args: { sheet: pilotSummarySheet } };
export const Empty = {};
export const InvalidSheet = { args: { sheet: { id: 'sheet', rows: 'none' } } };
export const DarkTheme = {
  args: base(pilotSummarySheet, smallerFund),
  globals: { theme: 'dark' },
};
export const NarrowPhone = { args: base(pilotSummarySheet), decorators: [narrow] };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`, its sections' `<h4>`. */
export const HeadingLevel3 = { args: { ...base(pilotSummarySheet), opinions, 'heading-level': 3 } };

const offlineEndpoint = '/qy-story-offline/funding-decisions';
const refusingEndpoint = '/qy-story-refusing/funding-decisions';
/** A simulated ballot box: its round `qingyuan-2007` stores a decision, `decided` has one. */
const storyBox = '/qy-story-box';

/**
 * Makes the story endpoints answer without a server and without a network request the browser
 * would log: the offline one as a dropped connection, the refusing one with a 409 and the
 * server's reason, and the simulated box as the real one answers (the stored decision, or a
 * 409 in the page's language for a round already decided). Every other URL is fetched as usual.
 */
function stubStoryEndpoints(): void {
  const w = window as { __qyFundingStoryStub?: boolean };
  if (w.__qyFundingStoryStub) return;
  w.__qyFundingStoryStub = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes(offlineEndpoint))
      return Promise.reject(new TypeError('Failed to fetch (story: offline)'));
    if (url.includes(`${storyBox}/`)) return Promise.resolve(storyBoxAnswer(url, init));
    if (url.includes(refusingEndpoint))
      return Promise.resolve(
        new Response(JSON.stringify({ error: 'a decision on this meeting exists' }), {
          status: 409,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    return realFetch(input, init);
  };
}

/** What the simulated ballot box answers a funding decision, in the words of the real one. */
function storyBoxAnswer(url: string, init: RequestInit | undefined): Response {
  const zh = new Headers(init?.headers).get('Accept-Language')?.startsWith('zh') ?? false;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  if (url.includes('/rounds/decided/')) {
    const message = zh
      ? '会议 qingyuan-2007 已有资助决定：一次会议只作一个资助决定'
      : 'Meeting qingyuan-2007 already has a funding decision: one decision per meeting';
    return json(409, {
      error: 'rule-violation',
      message,
      violations: [{ rule: 'ballot-box.one-decision-per-meeting', message, path: ['meeting'] }],
    });
  }
  return json(201, {
    decision: pilotDecision,
    differences: [],
    projects: [],
    receipt: { round: 'qingyuan-2007', seq: 7 },
  });
}

/** Presses "Post the funding decision", as the service center would. */
async function post({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('qy-funding-decision');
  if (!el) return;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="post"]')?.click();
  await el.updateComplete;
}

/** Installs the story endpoints before the story renders. */
const stubbed = [
  () => {
    stubStoryEndpoints();
    return {};
  },
];

/** The pilot's decision, with opinions, posted to the simulated box's `round`. */
const boxArgs = (round: string) => ({
  ...base(pilotSummarySheet),
  opinions,
  box: storyBox,
  organization: 'org-pilot',
  round,
  credential: 'story-credential',
});

export const PostedWithoutEndpoint = {
  args: { ...base(pilotSummarySheet), opinions },
  play: post,
};
export const OfflineQueued = {
  loaders: [
    () => {
      stubStoryEndpoints();
      localStorage.removeItem('qingyuan:funding-decision-outbox');
      return {};
    },
  ],
  args: { ...base(pilotSummarySheet), opinions, endpoint: offlineEndpoint },
  play: post,
};
export const RefusedByServer = {
  loaders: stubbed,
  args: { ...base(pilotSummarySheet), opinions, endpoint: refusingEndpoint },
  play: post,
};

/** The service center decides straight into the ballot box: the decision as the box stored it. */
export const BoxStoredDecision = {
  loaders: stubbed,
  args: boxArgs('qingyuan-2007'),
  play: post,
};
/** The box already holds a decision for the meeting: its refusal, in its words, never retried. */
export const BoxRefusesSecondDecision = {
  loaders: stubbed,
  args: boxArgs('decided'),
  play: post,
};
