import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/closing-report.js';
import { darkTheme } from '../internal/story-themes.js';
import { amendedApplication, jinhualiClosing, overspentClosing } from './closing-report.fixture.js';

export default {
  title: 'Components/qy-closing-report',
  component: 'qy-closing-report',
};

export const PublicViewChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-closing-report
        mode="read"
        .participants=${pilotParticipants}
        .documents=${jinhualiClosing()}
      ></qy-closing-report>
    </main>`,
};
export const PublicViewEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-closing-report
        mode="read"
        .participants=${pilotParticipants}
        .documents=${jinhualiClosing()}
      ></qy-closing-report>
    </main>`,
};
/** Fictional: an overspend approved by the supervision group, and one indicator missed. */
export const OverspentWithApprovalFictional = {
  render: () =>
    html`<main lang="en">
      <p>
        A fictional variant of Jinhuali's closing: the overspend and the missed indicator are
        invented.
      </p>
      <qy-closing-report
        mode="read"
        .participants=${pilotParticipants}
        .documents=${overspentClosing()}
      ></qy-closing-report>
    </main>`,
};
export const NothingRecordedYet = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-closing-report
        mode="read"
        .documents=${{ application: amendedApplication() }}
      ></qy-closing-report>
    </main>`,
};
export const LeadWritesTheReport = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-closing-report
        submitted-by="p-li"
        .documents=${{ application: amendedApplication() }}
      ></qy-closing-report>
    </main>`,
};
export const WritingWithoutAnApplication = {
  render: () =>
    html`<main lang="en">
      <qy-closing-report .documents=${{}}></qy-closing-report>
    </main>`,
};
export const InvalidDocuments = {
  render: () =>
    html`<main lang="en">
      <qy-closing-report mode="read" .documents=${{ audit: { id: 'fa-x' } }}></qy-closing-report>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-closing-report mode="read" .documents=${overspentClosing()}></qy-closing-report>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-closing-report mode="read" .documents=${jinhualiClosing()}></qy-closing-report>
    </main>`,
};
