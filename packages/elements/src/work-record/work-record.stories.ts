import { pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/work-record.js';
import { darkTheme } from '../internal/story-themes.js';

export default {
  title: 'Components/qy-work-record',
  component: 'qy-work-record',
};

const team = pilotParticipants.filter((p) => ['p-li', 'p-zhao', 'p-wang'].includes(p.id));

export const EmptyCardChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-work-record project="jinhuali-home" recorded-by="p-zhao"></qy-work-record>
    </main>`,
};
export const WithTheTeamEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-work-record project="jinhuali-home" recorded-by="p-zhao" .people=${team}></qy-work-record>
    </main>`,
};
export const InsideAHostForm = {
  render: () =>
    html`<main lang="en">
      <form>
        <qy-work-record name="record" stage="supervision" recorded-by="p-jiwei"></qy-work-record>
        <button>Send the host form</button>
      </form>
    </main>`,
};
export const Disabled = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-work-record disabled recorded-by="p-zhao"></qy-work-record>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-work-record recorded-by="p-zhao" .people=${team}></qy-work-record>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-work-record recorded-by="p-zhao" .people=${team}></qy-work-record>
    </main>`,
};
