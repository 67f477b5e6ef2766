import {
  labelOf,
  needsReport,
  NeedsSurveySchema,
  type NeedsReport,
  type Locale,
  messageIn,
  type Catalogs,
} from '@qingyuan/core';
import '@qingyuan/elements/define/needs-report.js';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import { needsSurvey2007 } from '../data/needs-survey-2007.js';
import { screenStyles } from './screen-styles.js';

type Key =
  'title' | 'intro' | 'loading' | 'respondents' | 'community' | 'people' | 'toApplications';

const catalog: Catalogs<Key> = {
  'zh-CN': {
    title: '需求调查报告',
    intro:
      '根据收到的全部答卷统计：每个选项的比例、外来人口和常住居民的对比、满意度分布、项目设想的博达计分。每张图下面都有数据表。',
    loading: '正在读取答卷…',
    respondents: '答卷人',
    community: '社区',
    people: '人数',
    toApplications: '根据需求写项目申请书',
  },
  en: {
    title: 'Needs report',
    intro:
      'Counted from every response received: the share of each option, migrants compared with long-term residents, the satisfaction distribution and Borda points of the project ideas. Every chart has its data table.',
    loading: 'Reading the responses…',
    respondents: 'Respondents',
    community: 'Community',
    people: 'People',
    toApplications: 'Write an application from these needs',
  },
};

const survey = NeedsSurveySchema.parse(needsSurvey2007);

const byResidency = { attribute: 'residency' } as const;

/**
 * The needs report: `<qy-needs-report>` over every response in the survey collection (the
 * element runs core's `needsReport`, cross-tabulated by residency, and draws its charts, each
 * with a summary sentence and a data table), beside the respondents per community.
 */
export class DemoReportScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      qy-needs-report {
        margin: 1rem 0;
      }
    `,
  ];

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private responses: unknown[] | undefined;
  @state() private byCommunity: NeedsReport | undefined;
  @state() private error = '';

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('session') && this.session) void this.load();
  }

  private async load(): Promise<void> {
    const result = await demoApi.surveyResponses();
    if (!result.ok) {
      this.error = result.message;
      return;
    }
    const documents = result.value.items.map((item) => item.document);
    this.byCommunity = needsReport(survey, documents, { crossTabBy: { attribute: 'community' } });
    this.responses = documents;
  }

  override render() {
    const t = (key: Key) => messageIn(catalog, this.locale, key);
    const locale = this.locale;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !this.responses
          ? html`<p role="status">${t('loading')}</p>`
          : html`<qy-needs-report
                lang=${locale}
                .survey=${survey}
                .responses=${this.responses}
                .crossTabBy=${byResidency}
              ></qy-needs-report>
              <section aria-labelledby="respondents-title">
                <h3 id="respondents-title">${t('respondents')}</h3>
                <table id="by-community">
                  <thead>
                    <tr>
                      <th scope="col">${t('community')}</th>
                      <th scope="col" class="num">${t('people')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${(this.byCommunity?.crossTab?.groups ?? []).map(
                      (g) =>
                        html`<tr>
                          <th scope="row">${labelOf(g, locale)}</th>
                          <td class="num">${g.respondents}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </section>
              <p><a href="#/applications">${t('toApplications')} →</a></p>`
      }
    `;
  }
}
