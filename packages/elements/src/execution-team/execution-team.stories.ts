import { pilotParticipants } from '@qingyuan/core/examples';
import '../define/execution-team.js';
import { storyEndpoint, stubStoryPosts, type StoryAnswer } from '../testing/story-endpoints.js';
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
      contract: { ...m.contract, signed: true, signedAt: m.contract.signedAt ?? '2007-10-11' },
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

// ----- a member's signature, posted -----

type Canvas = { canvasElement: HTMLElement };

/** Ticks "I have read the contract" and signs, as the member would on their phone. */
async function agreeAndSign({ canvasElement }: Canvas): Promise<void> {
  const el = canvasElement.querySelector('qy-execution-team');
  if (!el) return;
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLInputElement>('#agree')?.click();
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part="sign-form"] button.primary')?.click();
  await el.updateComplete;
}

const signing = (answer: StoryAnswer) => ({
  loaders: [() => stubStoryPosts('qingyuan:signature-outbox')],
  args: {
    member: 'p-wang',
    code: 'K7Q2-9XPM',
    ...team,
    endpoint: storyEndpoint(answer, 'signatures'),
  },
  decorators: [narrow],
  play: agreeAndSign,
});
/** The signature was received: the receipt. */
export const SignatureSent = signing('sent');
/** Signed while offline: the signature waits on the phone and goes when the connection returns. */
export const SignatureQueuedOffline = signing('offline');
/** The server refused the signature for good, in its own words. */
export const SignatureRefused = signing('refusing');
