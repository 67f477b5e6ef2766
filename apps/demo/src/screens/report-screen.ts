import {
  labelOf,
  localize,
  needsReport,
  NeedsSurveySchema,
  type NeedsReport,
  type QuestionSummary,
} from '@qingyuan/core';
import { LitElement, type PropertyValues, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession } from '../api/demo-api.js';
import type { ChartData } from '../report/report-charts.js';
import { bordaChart, choiceChart, crossTabChart, ratingChart } from '../report/report-charts.js';
import { needsSurvey2007 } from '../data/needs-survey-2007.js';
import { msg, type DemoCatalog, type DemoLocale } from '../i18n/demo-locale.js';
import { screenStyles } from './screen-styles.js';

type Key =
  | 'title'
  | 'intro'
  | 'loading'
  | 'counted'
  | 'problems'
  | 'partial'
  | 'malformed'
  | 'respondents'
  | 'community'
  | 'residency'
  | 'people'
  | 'topNeeds'
  | 'basis-share'
  | 'basis-borda'
  | 'basis-rating'
  | 'all'
  | 'points'
  | 'table'
  | 'option'
  | 'value'
  | 'needsCaption'
  | 'needsSummary'
  | 'crossCaption'
  | 'crossSummary'
  | 'ratingCaption'
  | 'ratingSummary'
  | 'bordaCaption'
  | 'bordaSummary'
  | 'joinCaption'
  | 'joinSummary'
  | 'kids'
  | 'ideas'
  | 'toApplications';

const catalog: DemoCatalog<Key> = {
  'zh-CN': {
    title: '需求调查报告',
    intro:
      '由核心库的 needsReport 从投票箱中的全部答卷算出：每个选项的比例、满意度分布、项目设想的博达计分，以及外来人口和常住居民的对比。每张图下面都有数据表。',
    loading: '正在读取答卷…',
    counted: '共 {total} 份答卷：完整 {complete} 份，部分有效 {partial} 份，无效 {malformed} 份。',
    problems: '未完全计入的答卷',
    partial: '部分有效（有效的回答已计入）',
    malformed: '无效（未计入）',
    respondents: '答卷人',
    community: '社区',
    residency: '居住身份',
    people: '人数',
    topNeeds: '最突出的需求',
    'basis-share': '选择比例',
    'basis-borda': '排序得分',
    'basis-rating': '评分',
    all: '全部答卷',
    points: '博达分',
    table: '以表格查看',
    option: '选项',
    value: '数值',
    needsCaption: '需要的服务（多选）',
    needsSummary: '选择最多的是“{top}”：{text}。',
    crossCaption: '外来人口与常住居民的需要',
    crossSummary: '“{option}”：外来人口 {a}，常住居民 {b}。',
    ratingCaption: '对现有服务的满意度（1 至 5 分）',
    ratingSummary: '平均 {mean} 分，{count} 人作答。',
    bordaCaption: '项目设想排序（博达计分）',
    bordaSummary: '得分最高的是“{top}”：{text}。第一名得 {m} 分，未排入的得 0 分。',
    joinCaption: '参与意愿',
    joinSummary: '{share} 的答卷人愿意牵头或做志愿者。',
    kids: '需要看护的孩子：{answered} 户作答，平均每户 {mean} 个，中位数 {median}，最多 {max} 个。',
    ideas: '居民的建议',
    toApplications: '根据需求写项目申请书',
  },
  en: {
    title: 'Needs report',
    intro:
      "Computed by the core library's needsReport from every response in the ballot box: the share of each option, the satisfaction distribution, Borda points of the project ideas, and migrants compared with long-term residents. Every chart has its data table.",
    loading: 'Reading the responses…',
    counted:
      '{total} responses: {complete} complete, {partial} partly valid, {malformed} not valid.',
    problems: 'Responses not counted in full',
    partial: 'partly valid (its valid answers are counted)',
    malformed: 'not valid (not counted)',
    respondents: 'Respondents',
    community: 'Community',
    residency: 'Residency',
    people: 'People',
    topNeeds: 'The strongest needs',
    'basis-share': 'share choosing it',
    'basis-borda': 'ranking points',
    'basis-rating': 'rating',
    all: 'All responses',
    points: 'Borda points',
    table: 'Show as a table',
    option: 'Option',
    value: 'Value',
    needsCaption: 'Services needed (several choices)',
    needsSummary: 'Chosen most: “{top}”, {text}.',
    crossCaption: 'Needs of migrants and long-term residents',
    crossSummary: '“{option}”: migrants {a}, long-term residents {b}.',
    ratingCaption: 'Satisfaction with the services now (1 to 5)',
    ratingSummary: 'Mean {mean} from {count} answers.',
    bordaCaption: 'Project ideas ranked (Borda count)',
    bordaSummary:
      'Most points: “{top}”, {text}. A first place earns {m} points, an unranked idea 0.',
    joinCaption: 'Willing to take part',
    joinSummary: '{share} of respondents would lead a project or volunteer.',
    kids: 'Children needing care: {answered} households answered, {mean} per household on average, median {median}, at most {max}.',
    ideas: "Residents' ideas",
    toApplications: 'Write an application from these needs',
  },
};

const survey = NeedsSurveySchema.parse(needsSurvey2007);

/**
 * The needs report: core's `needsReport` over every response in the survey collection, with
 * SVG bar charts (each with a summary sentence and a data table) for option shares, the
 * migrants / long-term residents cross-tabulation, the satisfaction distribution and the Borda
 * ranking of project ideas.
 */
export class DemoReportScreen extends LitElement {
  static override styles = [
    screenStyles,
    css`
      .cols {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      }
      ol.needs li {
        margin: 0.25rem 0;
      }
      blockquote {
        margin: 0.5rem 0;
        padding: 0.25rem 0.75rem;
        border-inline-start: 4px solid var(--demo-border);
      }
    `,
  ];

  @property() locale: DemoLocale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;

  @state() private byResidency: NeedsReport | undefined;
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
    this.byResidency = needsReport(survey, documents, { crossTabBy: { attribute: 'residency' } });
    this.byCommunity = needsReport(survey, documents, { crossTabBy: { attribute: 'community' } });
  }

  override render() {
    const t = (key: Key, params?: Record<string, string | number>) =>
      msg(catalog, this.locale, key, params);
    const report = this.byResidency;
    return html`
      <h2 id="screen-title" tabindex="-1">${t('title')}</h2>
      <p>${t('intro')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${!report ? html`<p role="status">${t('loading')}</p>` : this.renderReport(report, t)}
    `;
  }

  private chart(caption: string, summary: string, data: ChartData, id: string) {
    const t = (key: Key) => msg(catalog, this.locale, key);
    return html`<demo-bar-chart
      id=${id}
      caption=${caption}
      summary=${summary}
      category-label=${t('option')}
      table-label=${t('table')}
      .max=${data.max}
      .series=${data.series}
      .rows=${data.rows}
    ></demo-bar-chart>`;
  }

  private renderReport(
    report: NeedsReport,
    t: (key: Key, params?: Record<string, string | number>) => string,
  ) {
    const locale = this.locale;
    const needs = choiceChart(report, 'q-needs', locale, t('all'));
    const topNeed = [...needs.rows].sort((a, b) => b.values[0]! - a.values[0]!)[0];
    const cross = crossTabChart(report, 'q-needs', locale);
    const goods = cross.rows.find((r) => r.id === 'goods');
    const rating = ratingChart(report, survey, 'q-satisfaction', locale, t('all'));
    const borda = bordaChart(report, 'q-priority', locale, t('points'));
    const join = choiceChart(report, 'q-join', locale, t('all'));
    const willing = join.rows
      .filter((r) => r.id === 'lead' || r.id === 'volunteer')
      .reduce((sum, r) => sum + r.values[0]!, 0);
    const number = (n: number | null, digits = 1) =>
      n === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
    const kids = report.questions.find(
      (q): q is Extract<QuestionSummary, { type: 'number' }> => q.question === 'q-kids',
    );
    const ideas = report.questions.find(
      (q): q is Extract<QuestionSummary, { type: 'free-text' }> => q.question === 'q-idea',
    );
    const ratingAnswered =
      report.questions.find((q) => q.question === 'q-satisfaction')?.answered ?? 0;
    const percent = (share: number) =>
      new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
    return html`
      <p role="status" id="counted">${t('counted', { ...report.responses })}</p>
      ${
        report.problems.length > 0
          ? html`<h3>${t('problems')}</h3>
              <ul id="problems">
                ${report.problems.map(
                  (p) =>
                    html`<li>
                      ${p.id ?? `#${p.index + 1}`} — ${t(p.status)}:
                      ${p.reasons.map((r) => r.message[locale]).join('；')}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div class="cols">
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
          <table id="by-residency">
            <thead>
              <tr>
                <th scope="col">${t('residency')}</th>
                <th scope="col" class="num">${t('people')}</th>
              </tr>
            </thead>
            <tbody>
              ${(report.crossTab?.groups ?? []).map(
                (g) =>
                  html`<tr>
                    <th scope="row">${labelOf(g, locale)}</th>
                    <td class="num">${g.respondents}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="top-title">
          <h3 id="top-title">${t('topNeeds')}</h3>
          <ol class="needs" id="top-needs">
            ${report.topNeeds
              .slice(0, 5)
              .map(
                (need) =>
                  html`<li>
                    <strong>${localize(need.label, locale)}</strong> — ${t(`basis-${need.basis}`)}
                    ${percent(need.score)}
                  </li>`,
              )}
          </ol>
        </section>
      </div>
      ${this.chart(
        t('needsCaption'),
        topNeed ? t('needsSummary', { top: topNeed.label, text: topNeed.texts[0]! }) : '',
        needs,
        'chart-needs',
      )}
      ${this.chart(
        t('crossCaption'),
        goods
          ? t('crossSummary', { option: goods.label, a: goods.texts[0]!, b: goods.texts[1] ?? '' })
          : '',
        cross,
        'chart-cross',
      )}
      ${this.chart(
        t('ratingCaption'),
        t('ratingSummary', { mean: number(rating.mean), count: ratingAnswered }),
        rating,
        'chart-rating',
      )}
      ${this.chart(
        t('bordaCaption'),
        borda.rows[0]
          ? t('bordaSummary', {
              top: borda.rows[0].label,
              text: borda.rows[0].texts[0]!,
              m: borda.rows.length - 1,
            })
          : '',
        borda,
        'chart-borda',
      )}
      ${this.chart(t('joinCaption'), t('joinSummary', { share: percent(willing) }), join, 'chart-join')}
      ${
        kids
          ? html`<p id="kids">
              ${t('kids', {
                answered: kids.answered,
                mean: number(kids.mean),
                median: number(kids.median),
                max: number(kids.max),
              })}
            </p>`
          : nothing
      }
      ${
        ideas && ideas.texts.length > 0
          ? html`<h3>${t('ideas')}</h3>
              ${ideas.texts.map((idea) => html`<blockquote>${idea.text}</blockquote>`)}`
          : nothing
      }
      <p><a href="#/applications">${t('toApplications')} →</a></p>
    `;
  }
}
