import { html } from 'lit';
import '../define/application-form.js';
import { darkTheme } from '../internal/story-themes.js';
import { longText } from '../testing/meetings.js';
import { pilotApplication } from './application-form.fixture.js';

export default {
  title: 'Components/qy-application-form',
  component: 'qy-application-form',
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

export const Empty = {
  render: () => html`<main><qy-application-form></qy-application-form></main>`,
};
export const FilledEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-application-form .application=${pilotApplication()}></qy-application-form>
    </main>`,
};
export const FilledChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-application-form .application=${pilotApplication()}></qy-application-form>
    </main>`,
};
export const MissingBeforeSubmit = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-application-form .application=${unbalanced}></qy-application-form>
    </main>`,
  play: pressSubmit,
};
export const BlankAfterSubmit = {
  render: () => html`<main lang="en"><qy-application-form></qy-application-form></main>`,
  play: pressSubmit,
};
export const InvalidDocument = {
  render: () =>
    html`<main lang="en">
      <qy-application-form .application=${{ id: 'x', budget: 'lots' }}></qy-application-form>
    </main>`,
};
export const LongText = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-application-form .application=${long}></qy-application-form>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-application-form .application=${pilotApplication()}></qy-application-form>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-application-form .application=${long}></qy-application-form>
    </main>`,
};
