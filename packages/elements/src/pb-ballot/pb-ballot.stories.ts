import '../define/pb-ballot.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { binheSheet } from './pb-ballot.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-pb-ballot',
  component: 'qy-pb-ballot',
  render: renderFromArgs('qy-pb-ballot'),
};

const offlineEndpoint = '/qy-story-offline/pb-ballots';
const deliveredEndpoint = '/qy-story-delivered/pb-ballots';
/** Never answers: a sheet still loading, a ballot still sending. */
const slowUrl = '/qy-story-slow';
/** Answers 503: a sheet that cannot be loaded. */
const failingUrl = '/qy-story-failing/pb-sheet.json';
/** A simulated ballot box: its election `binhe-2026` is open, `binhe-closed` has closed. */
const storyBox = '/qy-story-box';
/** The voting code the simulated box knows. */
const storyCode = 'K7Q2-PB26-XW4M';

/**
 * Makes the stories' endpoints answer without a server and without a network request the
 * browser would log: `offlineEndpoint` as a dropped connection (fetch rejects),
 * `deliveredEndpoint` as a ballot box that accepts with a receipt. Other URLs are fetched.
 */
function simulateEndpoints(): void {
  const w = window as { __qyPbStub?: boolean };
  if (w.__qyPbStub) return;
  w.__qyPbStub = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes(offlineEndpoint)) {
      return Promise.reject(new TypeError('Failed to fetch (story: offline)'));
    }
    if (url.includes(`${storyBox}/`)) return Promise.resolve(storyBoxAnswer(url, init));
    if (url.includes(slowUrl)) return new Promise<Response>(() => {});
    if (url.includes(failingUrl)) {
      return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
    }
    if (url.includes(deliveredEndpoint)) {
      return Promise.resolve(
        new Response(JSON.stringify({ receipt: '4be1-09c2-77fd-3a10' }), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    return realFetch(input, init);
  };
}

/**
 * What the simulated ballot box answers, in the words (and languages) of the real one: the
 * election view, the code check (`valid` for `storyCode` only), a receipt for `storyCode`,
 * `401` for any other code, `409` once closed.
 */
function storyBoxAnswer(url: string, init: RequestInit | undefined): Response {
  const zh = new Headers(init?.headers).get('Accept-Language')?.startsWith('zh') ?? false;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const closed = url.includes('/binhe-closed');
  if ((init?.method ?? 'GET') === 'GET') {
    return json(200, {
      id: closed ? 'binhe-closed' : 'binhe-2026',
      status: closed ? 'closed' : 'open',
      sheet: binheSheet('approval', { minLength: 1, maxLength: 3 }),
    });
  }
  const sent = JSON.parse(String(init?.body)) as { code?: string };
  if (url.endsWith('/codes/check')) {
    return json(200, { result: sent.code === storyCode ? 'valid' : 'not-valid' });
  }
  if (sent.code !== storyCode) {
    return json(401, {
      error: 'invalid-code',
      message: zh
        ? '此投票码或名册身份标识对本次参与式预算投票无效'
        : 'This voting code or census identifier is not valid for this PB election',
    });
  }
  if (closed) {
    return json(409, {
      error: 'wrong-status',
      status: 'closed',
      message: zh
        ? '该参与式预算投票当前为"已截止"；只在投票进行中接受选票'
        : 'The PB election is closed; ballots are accepted while voting is open',
    });
  }
  return json(201, {
    election: 'binhe-2026',
    voter: 'v-3c9a',
    receipt: '5f0c9a1e7b3d2c4a8e6f1b0d9c7a5e3f2b1d0c9e8f7a6b5c4d3e2f1a0b9c8d7e',
    replaced: false,
    logSeq: 12,
    castAt: '2026-05-09T10:00:00.000Z',
  });
}

type Canvas = { canvasElement: HTMLElement };

/** Waits (up to 2 s) until the ballot shows an element matching `selector`; the ballot or null. */
async function waitFor(canvasElement: HTMLElement, selector: string) {
  const el = canvasElement.querySelector('qy-pb-ballot');
  if (!el) return null;
  // A sheet read from a (simulated) box, and its code check, arrive a moment later.
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(selector); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  return el;
}

/** Clicks, inside the ballot, the first element matching `selector`, and waits for it. */
async function click(canvasElement: HTMLElement, selector: string): Promise<void> {
  const el = await waitFor(canvasElement, selector);
  el?.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await el?.updateComplete;
}

/** Ticks two city-wide projects and goes to the review, as a voter would. */
async function tickAndReview(canvasElement: HTMLElement): Promise<void> {
  await click(canvasElement, 'li[data-project="c-trees"] input');
  await click(canvasElement, 'li[data-project="c-canteen"] input');
  await click(canvasElement, '.actions button.primary');
}

/** Ticks, reviews and submits. */
async function tickAndSubmit(canvasElement: HTMLElement): Promise<void> {
  await tickAndReview(canvasElement);
  await click(canvasElement, '.actions button.primary');
}

/** Installs the stub endpoints before the story renders. */
const stubbed = [
  () => {
    simulateEndpoints();
    return {};
  },
];
const approval = binheSheet('approval', { minLength: 1, maxLength: 3 });
const knapsack = binheSheet('knapsack');
const cumulative = binheSheet('cumulative', { maxSumPoints: 10, maxPoints: 4 });
const ordinal = binheSheet('ordinal', { maxLength: 3 });

export const Approval = { args: { election: approval } };

export const Empty = {};

export const ApprovalEnglish = { args: { election: approval }, globals: { locale: 'en' } };

/** Knapsack for a voter of the north district: their list with its sub-budget, and the city's. */
export const KnapsackWithDistrict = {
  args: { district: 'north', election: knapsack },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'li[data-project="n-park"] input');
    await click(canvasElement, 'li[data-project="c-library"] input');
  },
};

/** Over the budget: the bar turns red, the text says by how much, core's message is beside the list. */
export const KnapsackOverBudget = {
  args: { election: knapsack },
  play: async ({ canvasElement }: Canvas) => {
    for (const id of ['c-library', 'c-trees', 'c-canteen']) {
      await click(canvasElement, `li[data-project="${id}"] input`);
    }
  },
};

/** The voter picks their district on the ballot (no `district` attribute). */
export const PickDistrict = { args: { election: knapsack } };

export const Cumulative = {
  args: { election: cumulative },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'li[data-project="c-library"] .stepper button:last-child');
    await click(canvasElement, 'li[data-project="c-library"] .stepper button:last-child');
  },
};

/** One project given more points than the per-project cap: core's message under it. */
export const CumulativeOverTheCap = {
  args: { election: cumulative },
  play: async ({ canvasElement }: Canvas) => {
    for (let i = 0; i < 5; i++) {
      await click(canvasElement, 'li[data-project="c-trees"] .stepper button:last-child');
    }
  },
};

export const CumulativeChinese = { args: { election: cumulative }, globals: { locale: 'zh-CN' } };

export const Ordinal = {
  args: { election: ordinal },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'button[data-add="c-trees"]');
    await click(canvasElement, 'button[data-add="c-library"]');
  },
};

/** Four projects ranked where at most three may be: core's message beside the ranking. */
export const RankingTooLong = {
  args: { election: ordinal },
  globals: { locale: 'en' },
  play: async ({ canvasElement }: Canvas) => {
    for (const id of ['c-trees', 'c-library', 'c-canteen', 'n-park']) {
      await click(canvasElement, `button[data-add="${id}"]`);
    }
  },
};

export const OrdinalChinese = {
  args: { election: ordinal },
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'button[data-add="c-canteen"]');
    await click(canvasElement, 'button[data-add="c-library"]');
  },
};

/** Per-category limits, one broken: core's message beside the category. */
export const CategoryLimits = {
  args: {
    district: 'north',
    election: binheSheet('approval', {
      categoryLimits: { green: { maxCount: 1 }, elderly: { maxCost: 60000 } },
    }),
  },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'li[data-project="n-park"] input');
    await click(canvasElement, 'li[data-project="c-trees"] input');
  },
};

/** "Review my ballot" with too few projects: every problem named beside its list. */
export const Errors = {
  args: { district: 'north', election: binheSheet('approval', { minLength: 2, maxLength: 2 }) },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'li[data-project="c-trees"] input');
    await click(canvasElement, 'li[data-project="n-park"] input');
    await click(canvasElement, '.actions button.primary');
  },
};

/** The sheet is still on its way (`src` that has not answered). */
export const Loading = { loaders: stubbed, args: { src: `${slowUrl}/pb-sheet.json` } };

/** The sheet could not be loaded: the address and the server's status, in words. */
export const LoadFailed = { loaders: stubbed, args: { src: failingUrl } };

/** Submitted, the ballot box has not answered yet. */
export const Sending = {
  loaders: stubbed,
  args: { endpoint: `${slowUrl}/pb-ballots`, election: binheSheet('approval') },
  play: ({ canvasElement }: Canvas) => tickAndSubmit(canvasElement),
};

export const InvalidSheet = {
  args: { election: { ...binheSheet('approval'), budget: -1, currency: 'yuan' } },
};

export const Review = {
  args: { election: knapsack },
  play: ({ canvasElement }: Canvas) => tickAndReview(canvasElement),
};

export const OfflineQueued = {
  loaders: stubbed,
  args: { endpoint: offlineEndpoint, election: binheSheet('approval') },
  play: ({ canvasElement }: Canvas) => tickAndSubmit(canvasElement),
};

export const Delivered = {
  loaders: stubbed,
  args: { endpoint: deliveredEndpoint, election: binheSheet('approval') },
  play: ({ canvasElement }: Canvas) => tickAndSubmit(canvasElement),
};

export const DarkTheme = {
  args: { district: 'south', election: knapsack },
  globals: { theme: 'dark' },
};

export const NarrowPhone = {
  args: { district: 'north', election: binheSheet('ordinal') },
  decorators: [narrow],
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'button[data-add="n-park"]');
    await click(canvasElement, 'button[data-add="c-library"]');
  },
};

/** With a ballot box and no code: the voter is asked for it before any choice. */
export const BoxAsksForCode = {
  loaders: stubbed,
  args: { box: storyBox, organization: 'default', electionId: 'binhe-2026' },
};

/** A box and an election but no `organization`: the ballot names the missing attribute. */
export const BoxWithoutOrganization = {
  args: { box: storyBox, electionId: 'binhe-2026' },
};

/**
 * A code the box does not know: the box's check refuses it before any choice, and the voter
 * stays at the code field with the reason.
 */
export const BoxRefusesCode = {
  loaders: stubbed,
  args: { box: storyBox, organization: 'default', electionId: 'binhe-2026', code: 'WRONG-CODE' },
  play: ({ canvasElement }: Canvas) => waitFor(canvasElement, '#voting-code-error'),
};

/** The box accepted the ballot: its receipt, shown whole. */
export const BoxReceipt = {
  loaders: stubbed,
  args: { box: storyBox, organization: 'default', electionId: 'binhe-2026', code: storyCode },
  play: ({ canvasElement }: Canvas) => tickAndSubmit(canvasElement),
};

/** An election that has closed: said above the choices; the box's own refusal on submit. */
export const BoxClosedChinese = {
  loaders: stubbed,
  args: { box: storyBox, organization: 'default', electionId: 'binhe-closed', code: storyCode },
  globals: { locale: 'zh-CN' },
  play: ({ canvasElement }: Canvas) => tickAndSubmit(canvasElement),
};

/**
 * Straight from a ballot box: start one with `npx @qingyuan/cli serve`, create a PB election
 * (`POST /organizations/default/pb-elections` with the operator key), issue codes, open it, and
 * set the controls. Without a box running, the ballot shows why it cannot load. Tagged `box`:
 * the stories test lets this story's requests to the box fail.
 */
export const WithBallotBox = {
  tags: ['box'],
  args: {
    box: 'http://127.0.0.1:8787',
    organization: 'default',
    electionId: 'pb-EXAMPLE',
    code: '',
  },
};
