import type { ProjectEvent } from '@qingyuan/core';
import { html } from 'lit';
import '../define/project-status.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText } from '../testing/meetings.js';
import {
  passedOverDocuments,
  pilotBodies,
  pilotDocuments,
  pilotHistory,
  pilotRejection,
} from './project-status.fixture.js';

export default {
  title: 'Components/qy-project-status',
  component: 'qy-project-status',
};

const rejected: ProjectEvent[] = [...pilotHistory(3), pilotRejection];
const long = pilotHistory(2);
if (long[0]!.type === 'application-saved') {
  long[0]!.payload.application.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
}

export const Empty = { render: () => html`<main><qy-project-status></qy-project-status></main>` };
export const ApprovedEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>
    </main>`,
};
export const TeamFormedChinese = {
  render: () =>
    html`<main lang="zh-CN"><qy-project-status status="team-formed"></qy-project-status></main>`,
};
export const Rejected = {
  render: () =>
    html`<main lang="en">
      <qy-project-status
        .history=${rejected}
        .bodies=${pilotBodies}
        .documents=${passedOverDocuments}
      ></qy-project-status>
    </main>`,
};
export const InvalidHistory = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-project-status .history=${[pilotHistory(2)[1]]}></qy-project-status>
    </main>`,
};
export const LongTitle = {
  render: () =>
    html`<main lang="zh-CN"><qy-project-status .history=${long}></qy-project-status></main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-project-status .history=${long}></qy-project-status>
    </main>`,
};
