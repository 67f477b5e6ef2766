import type { ResultsSummarySheet } from '@qingyuan/core';
import {
  pilotBodies,
  pilotDecision,
  pilotParticipants,
  pilotRound,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/funding-decision.js';
import { darkTheme } from '../internal/story-themes.js';

export default {
  title: 'Components/qy-funding-decision',
  component: 'qy-funding-decision',
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
const base = (sheet: ResultsSummarySheet, amount = fund) => ({
  sheet,
  amount,
  bodies: pilotBodies,
  participants: pilotParticipants,
});
const render = (
  lang: string,
  args: ReturnType<typeof base>,
  extra: {
    overrides?: typeof change;
    opinions?: typeof pilotDecision.opinions;
    endpoint?: string;
  } = {},
  style = '',
) =>
  html`<main lang=${lang} style=${style}>
    <qy-funding-decision
      .sheet=${args.sheet}
      .fund=${args.amount}
      .bodies=${args.bodies}
      .participants=${args.participants}
      .overrides=${extra.overrides ?? []}
      .opinions=${extra.opinions ?? []}
      endpoint=${extra.endpoint ?? ''}
      decided-at="2007-04-20T10:00:00+08:00"
    ></qy-funding-decision>
  </main>`;

export const PilotChinese = {
  render: () => render('zh-CN', base(pilotSummarySheet), { opinions: pilotDecision.opinions }),
};
export const PilotEnglish = {
  render: () => render('en', base(pilotSummarySheet), { opinions: pilotDecision.opinions }),
};
export const FundLineWithASmallerFund = {
  render: () => render('en', base(pilotSummarySheet, smallerFund)),
};
export const WithARecordedChange = {
  render: () => render('zh-CN', base(pilotSummarySheet, smallerFund), { overrides: change }),
};
export const SheetNotSignedOff = {
  render: () => render('en', base(unsigned)),
};
export const NoFund = {
  render: () =>
    html`<main lang="en">
      <qy-funding-decision .sheet=${pilotSummarySheet}></qy-funding-decision>
    </main>`,
};
export const Empty = {
  render: () => html`<main lang="zh-CN"><qy-funding-decision></qy-funding-decision></main>`,
};
export const InvalidSheet = {
  render: () =>
    html`<main lang="en">
      <qy-funding-decision .sheet=${{ id: 'sheet', rows: 'none' }}></qy-funding-decision>
    </main>`,
};
export const DarkTheme = {
  render: () => render('en', base(pilotSummarySheet, smallerFund), {}, darkTheme),
};
export const NarrowPhone = {
  render: () => render('zh-CN', base(pilotSummarySheet), {}, 'width:360px'),
};

const offlineEndpoint = '/qy-story-offline/funding-decisions';
const refusingEndpoint = '/qy-story-refusing/funding-decisions';

/**
 * Makes the two story endpoints answer without a server and without a network request the
 * browser would log: the offline one as a dropped connection, the refusing one with a 409 and
 * the server's reason. Every other URL is fetched as usual.
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

/** Presses "Post the funding decision", as the service center would. */
async function post({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('qy-funding-decision');
  if (!el) return;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="post"]')?.click();
  await el.updateComplete;
}

export const PostedWithoutEndpoint = {
  render: () => render('en', base(pilotSummarySheet), { opinions: pilotDecision.opinions }),
  play: post,
};
export const OfflineQueued = {
  render: () => {
    stubStoryEndpoints();
    localStorage.removeItem('qingyuan:funding-decision-outbox');
    return render('zh-CN', base(pilotSummarySheet), { endpoint: offlineEndpoint });
  },
  play: post,
};
export const RefusedByServer = {
  render: () => {
    stubStoryEndpoints();
    return render('en', base(pilotSummarySheet), { endpoint: refusingEndpoint });
  },
  play: post,
};
