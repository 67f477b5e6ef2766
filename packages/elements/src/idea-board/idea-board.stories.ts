import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/idea-board.js';
import { darkTheme } from '../internal/story-themes.js';

export default {
  title: 'Components/qy-idea-board',
  component: 'qy-idea-board',
};

const communities = [
  { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
  { id: 'yuhuayuan', name: { 'zh-CN': '裕华园', en: 'Yuhuayuan' } },
  { id: 'xinghuayuan', name: { 'zh-CN': '兴华园', en: 'Xinghuayuan' } },
];
const broken = {
  ...pilotOpenSpaceSession,
  votes: [...pilotOpenSpaceSession.votes, { participant: 'p-wang', idea: 'i-kids', dots: 3 }],
};

export const ResidentChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-idea-board
        participant="p-huang-jing"
        .session=${pilotOpenSpaceSession}
        .communities=${communities}
      ></qy-idea-board>
    </main>`,
};
export const ResidentWithNoDotsLeft = {
  render: () =>
    html`<main lang="en">
      <qy-idea-board
        participant="p-wang"
        .session=${pilotOpenSpaceSession}
        .communities=${communities}
      ></qy-idea-board>
    </main>`,
};
export const Organizer = {
  render: () =>
    html`<main lang="en">
      <qy-idea-board
        participant="p-center-zhang"
        .session=${pilotOpenSpaceSession}
        .communities=${communities}
      ></qy-idea-board>
    </main>`,
};
export const ReadOnly = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-idea-board .session=${pilotOpenSpaceSession}></qy-idea-board>
    </main>`,
};
export const InvalidSession = {
  render: () => html`<main lang="en"><qy-idea-board .session=${broken}></qy-idea-board></main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-idea-board participant="p-wang" .session=${pilotOpenSpaceSession}></qy-idea-board>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-idea-board participant="p-center-zhang" .session=${pilotOpenSpaceSession}></qy-idea-board>
    </main>`,
};
/**
 * Straight from a ballot box: start one with `npx @qingyuan/cli serve`, create a session
 * (`POST /organizations/default/sessions` with the operator key, listing this page's origin in
 * `corsOrigins`), mint a code, and set the controls. Without a box running, the board shows
 * why it cannot load.
 */
export const WithBallotBox = {
  args: {
    box: 'http://127.0.0.1:8787',
    organization: 'default',
    session: 'os-EXAMPLE',
    code: '',
    lang: 'en',
  },
  render: (args: {
    box: string;
    organization: string;
    session: string;
    code: string;
    lang: string;
  }) =>
    html`<main lang=${args.lang}>
      <qy-idea-board
        box=${args.box}
        organization=${args.organization}
        session-id=${args.session}
        code=${args.code}
      ></qy-idea-board>
    </main>`,
};
