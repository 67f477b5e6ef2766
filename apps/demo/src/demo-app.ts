import { LitElement, css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { localize, ReviewMeetingSchema } from '@qingyuan/core';
import { pilotMeeting } from './data/pilot-2007.js';

const meeting = ReviewMeetingSchema.parse(pilotMeeting);

const messages = {
  'zh-CN': {
    heading: '清源参与式社区治理',
    switch: 'English',
    criteria: '评审标准与权重',
    projects: '申请项目',
    project: '项目',
    community: '社区',
    requested: '申请金额',
  },
  en: {
    heading: 'Qingyuan participatory community governance',
    switch: '中文',
    criteria: 'Criteria and weights',
    projects: 'Project applications',
    project: 'Project',
    community: 'Community',
    requested: 'Requested',
  },
} as const;

type Locale = keyof typeof messages;

/** The demo's app shell: the review meeting of the 2007 pilot projects. */
export class DemoApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
    }
    button {
      font: inherit;
      padding: 0.5rem 1rem;
      min-height: 44px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 0.5rem;
      border-bottom: 1px solid #d5d8dc;
    }
    td.amount {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `;

  @state() private locale: Locale = 'zh-CN';

  override render() {
    const t = messages[this.locale];
    const money = new Intl.NumberFormat(this.locale, { style: 'currency', currency: 'CNY' });
    return html`
      <main lang=${this.locale}>
        <header>
          <h1>${t.heading}</h1>
          <button @click=${this.toggleLocale}>${t.switch}</button>
        </header>
        <h2>${meeting.title ? localize(meeting.title, this.locale) : meeting.id}</h2>
        <section aria-labelledby="criteria">
          <h3 id="criteria">${t.criteria}</h3>
          <ul>
            ${meeting.criteria.map(
              (c) => html`<li>${localize(c.name, this.locale)} × ${c.weight}</li>`,
            )}
          </ul>
        </section>
        <section aria-labelledby="projects">
          <h3 id="projects">${t.projects}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">${t.project}</th>
                <th scope="col">${t.community}</th>
                <th scope="col">${t.requested}</th>
              </tr>
            </thead>
            <tbody>
              ${meeting.projects.map(
                (p) =>
                  html`<tr>
                    <td>${localize(p.title, this.locale)}</td>
                    <td>${p.community}</td>
                    <td class="amount">${money.format(p.requested.amount / 100)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
      </main>
    `;
  }

  private toggleLocale() {
    this.locale = this.locale === 'zh-CN' ? 'en' : 'zh-CN';
    document.documentElement.lang = this.locale;
  }
}
