import { html } from 'lit';
import '../define/weight-editor.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText, pilotMeeting } from '../testing/meetings.js';

export default {
  title: 'Components/qy-weight-editor',
  component: 'qy-weight-editor',
};

const meeting = pilotMeeting();
const equal = pilotMeeting({ criteria: meeting.criteria.map((c) => ({ ...c, weight: 1 })) });
const long = pilotMeeting();
long.criteria[1]!.name = { 'zh-CN': longText['zh-CN'], en: longText.en };

export const Empty = { render: () => html`<main><qy-weight-editor></qy-weight-editor></main>` };
export const English = {
  render: () =>
    html`<main lang="en"><qy-weight-editor .meeting=${meeting}></qy-weight-editor></main>`,
};
export const ChineseEqualThirds = {
  render: () =>
    html`<main lang="zh-CN"><qy-weight-editor .meeting=${equal}></qy-weight-editor></main>`,
};
export const Locked = {
  render: () =>
    html`<main lang="en"><qy-weight-editor locked .meeting=${meeting}></qy-weight-editor></main>`,
};
export const Invalid = {
  render: () =>
    html`<main lang="en"><qy-weight-editor .meeting=${{ id: 'x' }}></qy-weight-editor></main>`,
};
export const LongNames = {
  render: () =>
    html`<main lang="zh-CN"><qy-weight-editor .meeting=${long}></qy-weight-editor></main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-weight-editor .meeting=${meeting}></qy-weight-editor>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-weight-editor .meeting=${meeting}></qy-weight-editor>
    </main>`,
};
