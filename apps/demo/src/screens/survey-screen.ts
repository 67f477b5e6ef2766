import { type Locale, messageIn, type Catalogs } from '@qingyuan/core';
import type { QySurveyRejectedEvent } from '@qingyuan/elements';
import '@qingyuan/elements/define/needs-survey.js';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DemoSession } from '../api/demo-api.js';
import { needsSurvey2007 } from '../data/needs-survey-2007.js';
import { screenStyles } from './screen-styles.js';

type Key = 'title' | 'intro' | 'sent' | 'toReport' | 'rejected';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '需求调查',
    intro:
      '每年的循环从需求调查开始：居委会和居民一起找出社区的需求和资源。请以居民身份填写这份问卷；答卷存入投票箱的答卷集，和已经收集的答卷一起进入需求报告。',
    sent: '答卷已存入投票箱。',
    toReport: '查看需求报告',
    rejected: '投票箱拒收了答卷：{message}',
  },
  en: {
    title: 'Needs survey',
    intro:
      "Every year's cycle starts with a needs survey: the residents' committee and residents find the community's needs and resources together. Fill in this survey as a resident; your response goes into the ballot box's collection and, with those collected already, into the needs report.",
    sent: 'Your response is in the ballot box.',
    toReport: 'See the needs report',
    rejected: 'The ballot box refused the response: {message}',
  },
};

/**
 * The needs survey as a resident fills it in: `<qy-needs-survey>` posting to the demo's survey
 * collection (through `/demo/survey-responses`), then a link to the report.
 */
export class DemoSurveyScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private outcome: { kind: 'sent' } | { kind: 'rejected'; message: string } | undefined;

  override render() {
    const t = (key: Key, params?: Record<string, string>) =>
      messageIn(catalog, this.locale, key, params);
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${
        this.outcome?.kind === 'sent'
          ? html`<p role="status" data-outcome="sent">
              ${t('sent')} <a href="#/report">${t('toReport')} →</a>
            </p>`
          : this.outcome?.kind === 'rejected'
            ? html`<p class="error" role="alert">
                ${t('rejected', { message: this.outcome.message })}
              </p>`
            : nothing
      }
      <qy-needs-survey
        lang=${this.locale}
        .survey=${needsSurvey2007}
        action="/demo/survey-responses"
        per-page="3"
        @qy-survey-submit=${() => (this.outcome = undefined)}
        @qy-survey-sent=${() => (this.outcome = { kind: 'sent' })}
        @qy-survey-rejected=${(e: QySurveyRejectedEvent) =>
          (this.outcome = { kind: 'rejected', message: e.detail.message })}
      ></qy-needs-survey>
      <p><a href="#/report">${t('toReport')} →</a></p>
    `;
  }
}
