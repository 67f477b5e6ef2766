import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import '../define/idea-board.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-idea-board',
  component: 'qy-idea-board',
  render: renderFromArgs('qy-idea-board'),
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

const session = pilotOpenSpaceSession;

export const Resident = { args: { participant: 'p-huang-jing', session, communities } };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = {
  args: { participant: 'p-huang-jing', session, communities, 'heading-level': 3 },
};
export const ResidentWithNoDotsLeft = { args: { participant: 'p-wang', session, communities } };
export const Organizer = { args: { participant: 'p-center-zhang', session, communities } };
export const ReadOnly = { args: { session } };
export const InvalidSession = { args: { session: broken } };
export const DarkTheme = { args: { participant: 'p-wang', session }, globals: { theme: 'dark' } };
export const NarrowPhone = {
  args: { participant: 'p-center-zhang', session },
  decorators: [narrow],
};
/**
 * Straight from a ballot box: start one with `npx @qingyuan/cli serve`, create a session
 * (`POST /organizations/default/sessions` with the operator key, listing this page's origin in
 * `corsOrigins`), mint a code, and set the controls. Without a box running, the board shows
 * why it cannot load. Tagged `box`: the stories test lets this story's requests to the box fail.
 */
export const WithBallotBox = {
  tags: ['box'],
  args: {
    box: 'http://127.0.0.1:8787',
    organization: 'default',
    'session-id': 'os-EXAMPLE',
    code: '',
  },
};
