import '../define/pb-results.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { konczyce, zdrowieMania } from './pb-results.fixture.js';
import { pbResultsOf } from './pb-results-of.js';
import { pbResultsToJSON } from './pb-results-json.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-pb-results',
  component: 'qy-pb-results',
  render: renderFromArgs('qy-pb-results'),
};

// Real elections (pabulib.org, core's test fixtures): Łódź 2022 Zdrowie-Mania and Zabrze 2021
// Kończyce. Every number is computed by core from their ballots.
const election = zdrowieMania();
const computed = pbResultsOf(election, {
  rule: 'equal-shares',
  utility: 'cost',
  completion: 'none',
});
const document = computed.ok ? pbResultsToJSON(computed.value) : undefined;
const broken = document && {
  ...document,
  outcome: { ...document.outcome, selected: [...document.outcome.selected, 'P9999'] },
};

export const EqualShares = { args: { election, rule: 'equal-shares' } };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = { args: { election, rule: 'equal-shares', 'heading-level': 3 } };
export const EqualSharesEnglish = {
  args: { election, rule: 'equal-shares' },
  globals: { locale: 'en' },
};
export const EqualSharesWithGreedyCompletion = {
  args: { election, rule: 'equal-shares', completion: 'greedy' },
};
export const WhatMyShareBought = { args: { election, voter: '1401207357' } };
export const ShareNotFound = { args: { election, voter: 'P113ZM, P9999' } };
export const Greedy = { args: { election, rule: 'greedy' } };
/** EJR and PJR too large to check within the page's search steps: said, not guessed. */
export const RepresentationTooLarge = {
  args: { election, rule: 'greedy', 'representation-max-steps': 1 },
};
export const Phragmen = { args: { election, rule: 'phragmen' } };
export const SmallDistrict = { args: { election: konczyce() } };
export const FromAResultsDocument = { args: { results: document } };
export const Empty = {};
export const InvalidDocument = { args: { results: broken } };
export const UnknownRule = { args: { election, rule: 'borda' } };
export const DarkTheme = {
  args: { election, completion: 'greedy' },
  globals: { theme: 'dark' },
};
export const NarrowPhone = { args: { election, voter: '1401207357' }, decorators: [narrow] };
