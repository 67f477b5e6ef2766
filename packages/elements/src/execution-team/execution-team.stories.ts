import { pilotParticipants } from '@qingyuan/core/examples';
import '../define/execution-team.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { jinhualiTeam } from './execution-team.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-execution-team',
  component: 'qy-execution-team',
  render: renderFromArgs('qy-execution-team'),
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

// The project's name as the organizer gives it (the element shows the team's project id without).
const team = {
  'project-name': '金华里新居民之家',
  participants: pilotParticipants,
  team: jinhualiTeam(),
};

export const TwoStillToSign = { args: team };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = { args: { ...team, 'heading-level': 3 } };
export const TwoStillToSignEnglish = {
  args: { ...team, 'project-name': "New Residents' Home" },
  globals: { locale: 'en' },
};
/** The phone view of one member, as the QR code on their signing slip opens it. */
export const MemberSigning = {
  args: { member: 'p-wang', code: 'K7Q2-9XPM', ...team },
  decorators: [narrow],
};
export const EverySigned = { args: { ...team, team: allSigned() } };
export const InvalidTeam = { args: { team: { id: 'team-x', members: [] } } };
export const DarkTheme = { args: team, globals: { theme: 'dark' } };
export const NarrowPhone = { args: team, decorators: [narrow] };
