import { html } from 'lit';
import '../define/ballot.js';
import { darkTheme } from '../internal/story-themes.js';
import { castBy } from './delivered-ballots.js';
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

/** No voter and no code: the ballot asks for the voting code first (typed on a phone). */
export const AsksForCodeChinese = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-ballot code-param="c" endpoint="/ballots-demo" .meeting=${meeting}></qy-ballot>
    </main>`,
};

export const AsksForCodeEnglish = {
  render: () =>
    html`<main lang="en" style="width:360px">
      <qy-ballot code-param="c" endpoint="/ballots-demo" .meeting=${meeting}></qy-ballot>
    </main>`,
};

const RECEIPT_ENDPOINT = '/ballots-remembered';

/**
 * A voter who comes back after an outage or a reload: the ballot delivered earlier with this
 * code is shown with the box's receipt (whole, wrapping, with a copy button), not a fresh
 * ballot.
 */
export const AlreadyReceived = {
  loaders: [
    async () => {
      localStorage.setItem(
        'qingyuan:ballot-delivered',
        JSON.stringify([
          {
            endpoint: RECEIPT_ENDPOINT,
            who: await castBy({ code: 'K7Q2-9XWD-1M3P' }),
            receipt: '3f2a91c07b44e0d15a6b8c9d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5',
            replaced: false,
            at: new Date().toISOString(),
          },
        ]),
      );
      return {};
    },
  ],
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-ballot code="K7Q2-9XWD-1M3P" endpoint=${RECEIPT_ENDPOINT} .meeting=${meeting}></qy-ballot>
    </main>`,
};
