import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/execution-team.js';
import { darkTheme } from '../internal/story-themes.js';
import { jinhualiTeam } from './execution-team.fixture.js';

export default {
  title: 'Components/qy-execution-team',
  component: 'qy-execution-team',
};

const allSigned = () => {
  const team = jinhualiTeam();
  return {
    ...team,
    members: team.members.map((m) => ({
      ...m,
      contract: { ...m.contract, signed: true, signedAt: m.contract.signedAt ?? '2007-05-09' },
    })),
  };
};

export const TwoStillToSignChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-execution-team
        project-name="金华里新居民之家"
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>
    </main>`,
};
export const TwoStillToSignEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-execution-team
        project-name="New Residents' Home"
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>
    </main>`,
};
/** The phone view of one member, as the QR code on their signing slip opens it. */
export const MemberSigning = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-execution-team
        member="p-wang"
        .code=${'K7Q2-9XPM'}
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>
    </main>`,
};
export const EverySigned = {
  render: () =>
    html`<main lang="en">
      <qy-execution-team
        .participants=${pilotParticipants}
        .team=${allSigned()}
      ></qy-execution-team>
    </main>`,
};
export const InvalidTeam = {
  render: () =>
    html`<main lang="en">
      <qy-execution-team .team=${{ id: 'team-x', members: [] }}></qy-execution-team>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-execution-team
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-execution-team
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>
    </main>`,
};
