import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/work-record.js';
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
  title: 'Components/qy-work-record',
  component: 'qy-work-record',
  render: renderFromArgs('qy-work-record'),
};

const team = pilotParticipants.filter((p) => ['p-li', 'p-zhao', 'p-wang'].includes(p.id));

export const EmptyCard = { args: { project: 'jinhuali-home', 'recorded-by': 'p-zhao' } };
export const WithTheTeamEnglish = {
  args: { project: 'jinhuali-home', 'recorded-by': 'p-zhao', people: team },
  globals: { locale: 'en' },
};
/** The card as a control of the host page's own form (form-associated, named `record`). */
export const InsideAHostForm = {
  args: { name: 'record', stage: 'supervision', 'recorded-by': 'p-jiwei', people: team },
  render: (args: ElementArgs, { globals }: StoryContext) =>
    html`<main>
      <form>
        ${elementFromArgs('qy-work-record', args)}
        <button>
          ${storyText(globals, { en: 'Send the host form', 'zh-CN': '提交宿主页面的表单' })}
        </button>
      </form>
    </main>`,
};
export const Disabled = { args: { disabled: true, 'recorded-by': 'p-zhao' } };
export const DarkTheme = {
  args: { 'recorded-by': 'p-zhao', people: team },
  globals: { theme: 'dark' },
};
export const NarrowPhone = {
  args: { 'recorded-by': 'p-zhao', people: team },
  decorators: [narrow],
};
