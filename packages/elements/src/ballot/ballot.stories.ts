import { html } from 'lit';
import '../define/ballot.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText, pilotMeeting, scoreMeeting, xssPayload } from '../testing/meetings.js';

export default {
  title: 'Components/qy-ballot',
  component: 'qy-ballot',
};

const meeting = pilotMeeting();

export const Empty = { render: () => html`<main><qy-ballot voter="v-expert"></qy-ballot></main>` };

export const ApprovalEnglish = {
  render: () =>
    html`<main lang="en"><qy-ballot voter="v-yuhuayuan" .meeting=${meeting}></qy-ballot></main>`,
};

export const ApprovalChinese = {
  render: () =>
    html`<main lang="zh-CN"><qy-ballot voter="v-yuhuayuan" .meeting=${meeting}></qy-ballot></main>`,
};

export const ScoreVoting = {
  render: () =>
    html`<main lang="en">
      <qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>
    </main>`,
};

export const InlineJson = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-ballot voter="v-expert"
        ><script type="application/json">
          ${JSON.stringify(meeting)}
        </script></qy-ballot
      >
    </main>`,
};

export const InvalidMeeting = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-ballot .meeting=${{ ...meeting, criteria: [] }}></qy-ballot>
    </main>`,
};

export const Submitting = {
  render: () =>
    html`<main lang="en">
      <qy-ballot voter="v-expert" endpoint="/ballots-never-answer" .meeting=${meeting}></qy-ballot>
    </main>`,
};

export const OfflineQueue = {
  render: () =>
    html`<main lang="en">
      <p>Vote and submit: the endpoint is unreachable, so the ballot waits in the outbox.</p>
      <qy-ballot
        voter="v-expert"
        endpoint="http://127.0.0.1:9/ballots"
        .meeting=${meeting}
      ></qy-ballot>
    </main>`,
};

const longMeeting = pilotMeeting();
longMeeting.projects[1]!.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
longMeeting.projects[1]!.summary = { 'zh-CN': longText['zh-CN'], en: longText.en };
longMeeting.projects[2]!.title = xssPayload;

export const LongTextAndPayload = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-ballot voter="v-expert" .meeting=${longMeeting}></qy-ballot>
    </main>`,
};

export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-ballot voter="v-jinhuali" .meeting=${meeting}></qy-ballot>
    </main>`,
};

export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-ballot voter="v-jinhuali" .meeting=${scoreMeeting()}></qy-ballot>
    </main>`,
};
