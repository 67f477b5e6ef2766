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

type Canvas = { canvasElement: HTMLElement };

/** Clicks, inside the ballot, the first element matching `selector`, and waits for it. */
async function click(canvasElement: HTMLElement, selector: string): Promise<void> {
  const el = canvasElement.querySelector('qy-pb-ballot');
  if (!el) return;
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
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

export const CumulativeChinese = { args: { election: cumulative }, globals: { locale: 'zh-CN' } };

export const Ordinal = {
  args: { election: ordinal },
  play: async ({ canvasElement }: Canvas) => {
    await click(canvasElement, 'button[data-add="c-trees"]');
    await click(canvasElement, 'button[data-add="c-library"]');
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
