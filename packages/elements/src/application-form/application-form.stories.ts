import '../define/application-form.js';
import { longText } from '../testing/meetings.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { pilotApplication } from './application-form.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-application-form',
  component: 'qy-application-form',
  render: renderFromArgs('qy-application-form'),
};

const long = pilotApplication();
long.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
long.budget.lines[0]!.item = { 'zh-CN': longText['zh-CN'], en: longText.en };
const unbalanced = pilotApplication();
unbalanced.indicators = [];
unbalanced.budget.total = { amount: 1_200_000, currency: 'CNY' };

/** Presses “Submit” so the missing fields are marked, as a user would see them. */
async function pressSubmit({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('qy-application-form');
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
}

const communities = [
  { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
  { id: 'yuhuayuan', name: { 'zh-CN': '郁花园', en: 'Yuhuayuan' } },
  { id: 'jinhuiyuan-erli', name: { 'zh-CN': '金惠园二里', en: 'Jinhuiyuan Erli' } },
  { id: 'xinghuayuan', name: { 'zh-CN': '兴华园', en: 'Xinghuayuan' } },
];

export const Filled = { args: { application: pilotApplication() } };
/** Neither `community` nor `communities`: a plain field asks for the community. */
export const Empty = {};
/** The page knows the community: no community field. */
export const CommunityFromPage = { args: { community: 'jinhuali' } };
/** The resident picks their community by name. */
export const PickCommunity = { args: { communities } };
export const FilledEnglish = {
  args: { application: pilotApplication() },
  globals: { locale: 'en' },
};
export const MissingBeforeSubmit = { args: { application: unbalanced }, play: pressSubmit };
export const BlankAfterSubmit = { play: pressSubmit };
export const InvalidDocument = { args: { application: { id: 'x', budget: 'lots' } } };
export const LongText = { args: { application: long } };
export const DarkTheme = { args: { application: pilotApplication() }, globals: { theme: 'dark' } };
export const NarrowPhone = { args: { application: long }, decorators: [narrow] };
