import { html } from 'lit';
import '../define/pb-results.js';
import { darkTheme } from '../internal/story-themes.js';
import { konczyce, zdrowieMania } from './pb-results.fixture.js';
import { pbResultsOf } from './pb-results-of.js';
import { pbResultsToJSON } from './pb-results-json.js';

export default {
  title: 'Components/qy-pb-results',
  component: 'qy-pb-results',
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

export const EqualSharesChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-pb-results .election=${election} rule="equal-shares"></qy-pb-results>
    </main>`,
};
export const EqualSharesEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${election} rule="equal-shares"></qy-pb-results>
    </main>`,
};
export const EqualSharesWithGreedyCompletion = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${election} rule="equal-shares" completion="greedy"></qy-pb-results>
    </main>`,
};
export const WhatMyShareBought = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-pb-results .election=${election} voter="1401207357"></qy-pb-results>
    </main>`,
};
export const ShareNotFound = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${election} voter="P113ZM, P9999"></qy-pb-results>
    </main>`,
};
export const Greedy = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${election} rule="greedy"></qy-pb-results>
    </main>`,
};
export const Phragmen = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-pb-results .election=${election} rule="phragmen"></qy-pb-results>
    </main>`,
};
export const SmallDistrict = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${konczyce()}></qy-pb-results>
    </main>`,
};
export const FromAResultsDocument = {
  render: () => html`<main lang="en"><qy-pb-results .results=${document}></qy-pb-results></main>`,
};
export const Empty = {
  render: () => html`<main lang="en"><qy-pb-results></qy-pb-results></main>`,
};
export const InvalidDocument = {
  render: () => html`<main lang="zh-CN"><qy-pb-results .results=${broken}></qy-pb-results></main>`,
};
export const UnknownRule = {
  render: () =>
    html`<main lang="en">
      <qy-pb-results .election=${election} rule="borda"></qy-pb-results>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-pb-results .election=${election} completion="greedy"></qy-pb-results>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-pb-results .election=${election} voter="1401207357"></qy-pb-results>
    </main>`,
};
