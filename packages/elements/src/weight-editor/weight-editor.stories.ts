import '../define/weight-editor.js';
import { longText, pilotMeeting } from '../testing/meetings.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-weight-editor',
  component: 'qy-weight-editor',
  render: renderFromArgs('qy-weight-editor'),
};

const meeting = pilotMeeting();
const equal = pilotMeeting({ criteria: meeting.criteria.map((c) => ({ ...c, weight: 1 })) });
const long = pilotMeeting();
long.criteria[1]!.name = { 'zh-CN': longText['zh-CN'], en: longText.en };

export const Default = { args: { meeting } };
export const Empty = {};
export const English = { args: { meeting }, globals: { locale: 'en' } };
export const ChineseEqualThirds = { args: { meeting: equal }, globals: { locale: 'zh-CN' } };
export const Locked = { args: { meeting, locked: true } };
export const Invalid = { args: { meeting: { id: 'x' } } };
export const LongNames = { args: { meeting: long } };
export const DarkTheme = { args: { meeting }, globals: { theme: 'dark' } };
export const NarrowPhone = { args: { meeting }, decorators: [narrow] };
