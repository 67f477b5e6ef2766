import { html } from 'lit';
import '../define/ballot.js';
import { castBy } from './delivered-ballots.js';
import { longText, pilotMeeting, scoreMeeting, xssPayload } from '../testing/meetings.js';
import {
  elementFromArgs,
  narrow,
  renderFromArgs,
  storyText,
  type ElementArgs,
  type StoryContext,
} from '../testing/story-args.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-ballot',
  component: 'qy-ballot',
  render: renderFromArgs('qy-ballot'),
};

const meeting = pilotMeeting();

export const Approval = { args: { voter: 'v-yuhuayuan', meeting } };

export const Empty = { args: { voter: 'v-expert' } };

export const ApprovalEnglish = {
  args: { voter: 'v-yuhuayuan', meeting },
  globals: { locale: 'en' },
};

export const ScoreVoting = { args: { voter: 'v-expert', meeting: scoreMeeting() } };

/** The meeting as JSON inside the element (a `<script type="application/json">` child). */
export const InlineJson = {
  args: { voter: 'v-expert' },
  render: (args: ElementArgs) => {
    const ballot = elementFromArgs('qy-ballot', args);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(meeting);
    ballot.append(script);
    return html`<main>${ballot}</main>`;
  },
};

export const InvalidMeeting = { args: { meeting: { ...meeting, criteria: [] } } };

export const Submitting = {
  args: { voter: 'v-expert', endpoint: '/ballots-never-answer', meeting },
};

export const OfflineQueue = {
  args: { voter: 'v-expert', endpoint: 'http://127.0.0.1:9/ballots', meeting },
  render: (args: ElementArgs, { globals }: StoryContext) =>
    html`<main>
      <p>
        ${storyText(globals, {
          en: 'Vote and submit: the endpoint is unreachable, so the ballot waits in the outbox.',
          'zh-CN': '投票并提交：投票箱连不上，选票会在本机等待发送。',
        })}
      </p>
      ${elementFromArgs('qy-ballot', args)}
    </main>`,
};

const longMeeting = pilotMeeting();
longMeeting.projects[1]!.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
longMeeting.projects[1]!.summary = { 'zh-CN': longText['zh-CN'], en: longText.en };
longMeeting.projects[2]!.title = xssPayload;

export const LongTextAndPayload = { args: { voter: 'v-expert', meeting: longMeeting } };

export const DarkTheme = {
  args: { voter: 'v-jinhuali', meeting },
  globals: { theme: 'dark' },
};

export const NarrowPhone = {
  args: { voter: 'v-jinhuali', meeting: scoreMeeting() },
  decorators: [narrow],
};

/** No voter and no code: the ballot asks for the voting code first (typed on a phone). */
export const AsksForCodeChinese = {
  args: { 'code-param': 'c', endpoint: '/ballots-demo', meeting },
  globals: { locale: 'zh-CN' },
  decorators: [narrow],
};

export const AsksForCodeEnglish = {
  args: { 'code-param': 'c', endpoint: '/ballots-demo', meeting },
  globals: { locale: 'en' },
  decorators: [narrow],
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
  args: { code: 'K7Q2-9XWD-1M3P', endpoint: RECEIPT_ENDPOINT, meeting },
  globals: { locale: 'zh-CN' },
  decorators: [narrow],
};
