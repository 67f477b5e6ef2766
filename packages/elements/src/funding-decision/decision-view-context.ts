import type { Locale, ResultsSummarySheet, MessageParams } from '@qingyuan/core';
import type { FundingDecisionMessageKey } from './funding-decision.messages.js';

/** What the views of `<qy-funding-decision>` read: words, names and money in the page's language. */
export interface DecisionViewContext {
  readonly locale: Locale;
  /** The element's `heading-level`: its sections' headings are one level below. */
  readonly headingLevel: number;
  readonly t: (key: FundingDecisionMessageKey, params?: MessageParams) => string;
  /** An amount of the fund's currency, as people read it. */
  readonly money: (amount: number) => string;
  /** A participant's name (their id when unknown). */
  readonly personName: (id: string) => string;
  /** A project's title on the summary sheet (its id when not on it). */
  readonly projectTitle: (sheet: ResultsSummarySheet, project: string) => string;
}
