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
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = {
  args: { project: 'jinhuali-home', 'recorded-by': 'p-zhao', 'heading-level': 3 },
};
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

type Canvas = { canvasElement: HTMLElement };
const offlineEndpoint = '/qy-story-offline/work-records';

/** Makes `offlineEndpoint` behave like a dropped connection, without a network request. */
function simulateOffline(): Record<string, never> {
  const w = window as { __qyWorkRecordStub?: boolean };
  if (w.__qyWorkRecordStub) return {};
  w.__qyWorkRecordStub = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(offlineEndpoint)
      ? Promise.reject(new TypeError('Failed to fetch (story: offline)'))
      : realFetch(input, init);
  return {};
}

/** Presses “Save”, as a writer would. */
async function save(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('qy-work-record');
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
  await el?.updateComplete;
}

/** Ticks two of the team, writes what was done and saves. */
async function fillAndSave({ canvasElement }: Canvas): Promise<void> {
  const el = canvasElement.querySelector('qy-work-record');
  if (!el) return;
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const box of [...root.querySelectorAll<HTMLInputElement>('.people input')].slice(0, 2)) {
    box.click();
  }
  const content = root.querySelector<HTMLTextAreaElement>('#f-content');
  if (content) {
    content.value = '执行小组例会：排定爱心超市值班表';
    content.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  await save(canvasElement);
}

/** “Save” on an empty card: every missing field named beside it, the first one focused. */
export const MissingFields = {
  args: { project: 'jinhuali-home', 'recorded-by': 'p-zhao', people: team },
  play: ({ canvasElement }: Canvas) => save(canvasElement),
};
/** Saved with no endpoint: the host page takes the record from the `qy-work-record-submit` event. */
export const Saved = {
  args: { project: 'jinhuali-home', 'recorded-by': 'p-zhao', people: team },
  play: fillAndSave,
};
/** Saved while offline: the record waits on the device and is sent when the connection returns. */
export const OfflineQueued = {
  loaders: [simulateOffline],
  args: {
    project: 'jinhuali-home',
    'recorded-by': 'p-zhao',
    people: team,
    endpoint: offlineEndpoint,
  },
  play: fillAndSave,
};
