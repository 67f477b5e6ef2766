import type { ProjectEvent } from '@qingyuan/core';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
} from '@qingyuan/core/examples';
import '../define/project-status.js';
import { longText } from '../testing/meetings.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import {
  boxPublicView,
  olderBoxPublicView,
  declinedTermination,
  passedOverDocuments,
  pilotBodies,
  pilotDocuments,
  pilotHistory,
  pilotRejection,
} from './project-status.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-project-status',
  component: 'qy-project-status',
  render: renderFromArgs('qy-project-status'),
};

const rejected: ProjectEvent[] = [...pilotHistory(3), pilotRejection];
const long = pilotHistory(2);
if (long[0]!.type === 'application-saved') {
  long[0]!.payload.application.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
}

// First, so the docs page's args table shows a string arg: Storybook's editor for an array arg
// (history) renders <li> outside a list, which axe refuses.
export const TeamFormed = { args: { status: 'team-formed' } };
/** An approved project: its history and the round's documents the funding rules read. */
const approved = { history: pilotHistory(4), bodies: pilotBodies, documents: pilotDocuments };
export const Approved = { args: approved };
export const Empty = {};
export const ApprovedEnglish = { args: approved, globals: { locale: 'en' } };
export const TeamFormedChinese = { args: { status: 'team-formed' }, globals: { locale: 'zh-CN' } };
export const Rejected = {
  args: { history: rejected, bodies: pilotBodies, documents: passedOverDocuments },
};
export const InvalidHistory = { args: { history: [pilotHistory(2)[1]] } };
export const LongTitle = { args: { history: long } };
export const DarkTheme = { args: approved, globals: { theme: 'dark' } };
export const NarrowPhone = { args: { history: long }, decorators: [narrow] };

const { bodies: pilotContextBodies, ...pilotContextDocuments } = pilotProjectContext;
/** Jinhuali's history up to its execution report: money disbursed and spent, a scope change. */
const inExecution = jinhualiExecutionHistory.slice(
  0,
  jinhualiExecutionHistory.findIndex((event) => event.type === 'report-submitted'),
);
/** A project in execution: the team formed, money disbursed, expenses booked. */
export const InExecution = {
  args: {
    history: inExecution,
    bodies: pilotContextBodies,
    documents: pilotContextDocuments,
  },
};
/** Liuyinli's project, ended early by a termination (its rules load on demand). */
export const Terminated = {
  args: {
    history: liuyinliTerminationHistory,
    bodies: pilotContextBodies,
    documents: pilotContextDocuments,
  },
};
export const TerminatedEnglish = {
  args: {
    history: liuyinliTerminationHistory,
    bodies: pilotContextBodies,
    documents: pilotContextDocuments,
  },
  globals: { locale: 'en' },
};

// The public accountability view of a funded project (loaded on demand, below the steps).
const closed = {
  history: jinhualiExecutionHistory,
  bodies: pilotContextBodies,
  documents: pilotContextDocuments,
};
/** Jinhuali closed: stage timeline, spending, budget and expense lines, indicators met, its scope change. */
export const Accountability = { args: closed };
export const AccountabilityEnglish = { args: closed, globals: { locale: 'en' } };
/** The expense lines opened (a disclosure, as a keyboard user opens it with Enter). */
export const AccountabilityExpensesOpen = {
  args: closed,
  globals: { locale: 'en' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('qy-project-status');
    await el?.updateComplete;
    const details = el?.shadowRoot?.querySelector<HTMLDetailsElement>('[part="expenses"]');
    if (details) details.open = true;
  },
};
/** A termination proposed, then declined by the supervision group with its reason. */
export const AccountabilityTerminationDeclined = {
  args: { ...closed, history: declinedTermination(liuyinliTerminationHistory) },
};
/**
 * A ballot box's public view read from `src`: money, indicators, the expense lines without
 * receipts and a scope change by roles only.
 */
export const AccountabilityFromPublicView = {
  args: { src: `data:application/json,${encodeURIComponent(JSON.stringify(boxPublicView()))}` },
  globals: { locale: 'en' },
};
/** The public view of a box older than its expense lines and changes: money and indicators, said so. */
export const AccountabilityFromOlderBox = {
  args: {
    src: `data:application/json,${encodeURIComponent(JSON.stringify(olderBoxPublicView()))}`,
  },
};
/** A box's public view on a phone: the tables stacked, each row a labelled block. */
export const AccountabilityPublicViewNarrow = {
  args: { history: boxPublicView() },
  decorators: [narrow],
};
/** Spending beyond the grant, said in words. */
export const AccountabilityOverTheGrant = {
  args: { history: { ...boxPublicView(), spent: { amount: 1_050_000, currency: 'CNY' } } },
};
/** A public view that cannot be read: each problem named by its place. */
export const AccountabilityMalformedView = {
  args: { history: { ...boxPublicView(), disbursed: { amount: 1.5, currency: 'CNY' } } },
};
/** `accountability="hidden"`: the steps alone. */
export const AccountabilityHidden = { args: { ...closed, accountability: 'hidden' } };
export const AccountabilityDarkTheme = { args: closed, globals: { theme: 'dark' } };
export const AccountabilityNarrowPhone = { args: closed, decorators: [narrow] };
