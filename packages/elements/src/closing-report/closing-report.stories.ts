import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/closing-report.js';
import {
  elementFromArgs,
  narrow,
  renderFromArgs,
  storyText,
  type ElementArgs,
  type StoryContext,
} from '../testing/story-args.js';
import { amendedApplication, jinhualiClosing, overspentClosing } from './closing-report.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-closing-report',
  component: 'qy-closing-report',
  render: renderFromArgs('qy-closing-report'),
};

const published = { mode: 'read', participants: pilotParticipants, documents: jinhualiClosing() };

export const PublicView = { args: published };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = { args: { ...published, 'heading-level': 3 } };
export const PublicViewEnglish = { args: published, globals: { locale: 'en' } };
/** Fictional: an overspend approved by the supervision group, and one indicator missed. */
export const OverspentWithApprovalFictional = {
  args: { ...published, documents: overspentClosing() },
  render: (args: ElementArgs, { globals }: StoryContext) =>
    html`<main>
      <p>
        ${storyText(globals, {
          en: "A fictional variant of Jinhuali's closing: the overspend and the missed indicator are invented.",
          'zh-CN': '金华里结项的虚构变体：超支和未达成的指标都是编造的。',
        })}
      </p>
      ${elementFromArgs('qy-closing-report', args)}
    </main>`,
};
export const NothingRecordedYet = {
  args: { mode: 'read', documents: { application: amendedApplication() } },
};
export const LeadWritesTheReport = {
  args: { 'submitted-by': 'p-li', documents: { application: amendedApplication() } },
};
export const WritingWithoutAnApplication = { args: { documents: {} } };
export const InvalidDocuments = { args: { mode: 'read', documents: { audit: { id: 'fa-x' } } } };
export const DarkTheme = {
  args: { mode: 'read', documents: overspentClosing() },
  globals: { theme: 'dark' },
};
export const NarrowPhone = {
  args: { mode: 'read', documents: jinhualiClosing() },
  decorators: [narrow],
};
