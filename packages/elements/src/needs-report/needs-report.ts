import {
  localize,
  needsReport,
  NeedsSurveySchema,
  parseDocument,
  type CrossTabBy,
  type NeedsReport,
  type NeedsSurvey,
  type QuestionSummary,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import type { DocumentResult } from '../data/document-result.js';
import { renderLoadState } from '../data/load-state-view.js';
import type { Locale } from '@qingyuan/core';
import { QyElement } from '../base/qy-element.js';
import { sharedStyles } from '../base/shared-styles.js';
import { headingLevelOf, renderHeading } from '../internal/heading-view.js';
import { barChartStyles, renderBarChart, renderChartPatterns } from './bar-chart-view.js';
import type { ChartData } from './needs-report-charts.js';
import { bordaChart, choiceChart, crossTabChart, ratingChart } from './needs-report-charts.js';
import { needsReportMessages, type NeedsReportMessageKey } from './needs-report.messages.js';
import { needsReportStyles } from './needs-report.styles.js';
import { readNeedsReport } from './read-needs-report.js';

/** A survey and its raw responses, for core's `needsReport` to count (see `survey` + `responses`). */
class ReportInput {
  constructor(
    readonly survey: unknown,
    readonly responses: readonly unknown[],
    readonly crossTabBy: CrossTabBy | undefined,
  ) {}
}

function readInput(data: unknown, locale: Locale): DocumentResult<NeedsReport> {
  if (!(data instanceof ReportInput)) return readNeedsReport(data, locale);
  const survey = parseDocument(NeedsSurveySchema, data.survey, { locale });
  if (!survey.ok) return survey;
  return {
    ok: true,
    value: needsReport(
      survey.value,
      data.responses,
      data.crossTabBy ? { crossTabBy: data.crossTabBy } : {},
    ),
  };
}

/**
 * A needs survey's report 需求调查报告 as accessible bar charts: how many responses were counted
 * (and why any were not, with core's reasons), the strongest needs, and per question a chart with
 * a one-sentence summary, every value written beside its bar, series told apart by pattern as
 * well as colour, and the same numbers as a table behind a keyboard disclosure — the options'
 * shares, the groups of the cross-tabulation side by side, a rating's distribution, a ranking's
 * Borda points; number questions as statistics, free texts as a list.
 *
 * Feed it core's `NeedsReport` — as the `report` property, an inline
 * `<script type="application/json">` child, a `src` URL, or the ballot box's
 * `GET {box}/collections/{collection}/report` (attributes `box` and `collection`) — or give the
 * `survey` and its raw `responses` and the element runs core's `needsReport` itself (optionally
 * cross-tabulated by `crossTabBy`). A `survey` given beside a report supplies the question texts
 * and the rating scale's end labels; without it questions are named by their ids.
 *
 * @tag qy-needs-report
 * @summary A needs survey's report as accessible charts with tables.
 *
 * @slot - An optional `<script type="application/json">` with the report.
 *
 * @event qy-load - The report was read (or computed) and accepted.
 * @event qy-load-error - The report is malformed, the survey invalid, or `src` failed.
 *
 * @csspart base - The outer section.
 * @csspart counted - The sentence counting the responses.
 * @csspart problems - The disclosure listing responses not counted in full.
 * @csspart top-needs - The strongest needs.
 * @csspart question - One question's section (number and free-text questions).
 * @csspart chart - One chart (a figure).
 * @csspart chart-summary - A chart's one-sentence summary.
 * @csspart chart-table - A chart's table disclosure.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad report.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Table rules.
 * @cssproperty --qy-chart-1 - First series (solid).
 * @cssproperty --qy-chart-2 - Second series (hatched).
 * @cssproperty --qy-chart-3 - Third series (dotted).
 * @cssproperty --qy-chart-track - The empty track behind a bar.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-needs-report-max-width - Maximum width.
 */
export class QyNeedsReport extends QyElement<NeedsReportMessageKey> {
  static override styles = [sharedStyles, barChartStyles, needsReportStyles];

  protected readonly catalogs = needsReportMessages;

  /** Core's `NeedsReport`; wins over `survey` + `responses`, inline JSON and `src`. */
  @property({ attribute: false }) report: unknown;

  /** The `NeedsSurvey`: question texts for a report, or with `responses` the report's source. */
  @property({ attribute: false }) survey: unknown;

  /** Raw survey responses; with `survey`, the element computes the report with core. */
  @property({ attribute: false }) responses: readonly unknown[] | undefined;

  /** What to cross-tabulate the computed report by (`{ attribute: 'residency' }`). */
  @property({ attribute: false }) crossTabBy: CrossTabBy | undefined;

  /** A URL to fetch the report (core's `NeedsReport` as JSON) from. */
  @property() src = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The ballot box's base URL; with `collection`, the report is read from its report route. */
  @property() box = '';

  /** The id of the ballot box's survey collection (see `box`). */
  @property() collection = '';

  private input: ReportInput | undefined;
  private parsedSurvey: { from: unknown; value: NeedsSurvey | undefined } | undefined;

  private readonly doc = new DocumentController<NeedsReport>(this, {
    property: () => this.report ?? this.computedInput(),
    src: () => this.src || this.reportUrl(),
    parse: readInput,
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
  });

  /** The report shown (undefined until one is read). */
  get value(): NeedsReport | undefined {
    return this.doc.state.status === 'ready' ? this.doc.state.value : undefined;
  }

  /** The URL of the ballot box's report route, from `box` and `collection` ('' without both). */
  private reportUrl(): string {
    return this.box && this.collection
      ? `${this.box.replace(/\/+$/, '')}/collections/${encodeURIComponent(this.collection)}/report`
      : '';
  }

  private computedInput(): ReportInput | undefined {
    if (this.survey === undefined || this.survey === null || !this.responses) return undefined;
    const input = this.input;
    if (
      input &&
      input.survey === this.survey &&
      input.responses === this.responses &&
      input.crossTabBy === this.crossTabBy
    )
      return input;
    this.input = new ReportInput(this.survey, this.responses, this.crossTabBy);
    return this.input;
  }

  /** The survey, when given and valid: question texts and rating ends. */
  private get surveyDoc(): NeedsSurvey | undefined {
    if (!this.parsedSurvey || this.parsedSurvey.from !== this.survey) {
      const parsed =
        this.survey === undefined || this.survey === null
          ? undefined
          : parseDocument(NeedsSurveySchema, this.survey);
      this.parsedSurvey = { from: this.survey, value: parsed?.ok ? parsed.value : undefined };
    }
    return this.parsedSurvey.value;
  }

  private caption(question: string): string {
    const found = this.surveyDoc?.questions.find((q) => q.id === question);
    return found ? localize(found.label, this.locale) : question;
  }

  private number(n: number | null): string {
    return n === null
      ? '—'
      : new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 }).format(n);
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status !== 'ready') return renderLoadState(state, (k, p) => this.t(k, p));
    const report = state.value;
    const survey = this.surveyDoc;
    const title =
      survey && survey.id === report.survey ? localize(survey.title, this.locale) : this.t('title');
    const percent = (share: number) =>
      new Intl.NumberFormat(this.locale, { style: 'percent' }).format(share);
    const counted = this.t('counted', { ...report.responses });
    return html`<section part="base" aria-labelledby="heading">
      ${renderChartPatterns()}
      ${renderHeading(this.headingLevel, 0, title, { id: 'heading', className: 'title' })}
      <p id="counted" part="counted" class="counted" role="status">${counted}</p>
      ${
        report.problems.length > 0
          ? html`<details part="problems" class="problems">
              <summary>${this.t('problems', { count: report.problems.length })}</summary>
              <ul>
                ${report.problems.map(
                  (p) =>
                    html`<li>
                      ${p.id ?? `#${p.index + 1}`} — ${this.t(p.status)}:
                      ${p.reasons.map((r) => r.message[this.locale]).join(' ')}
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }
      ${
        report.topNeeds.length > 0
          ? html`<section part="top-needs" class="top-needs" aria-labelledby="top-needs">
              ${renderHeading(this.headingLevel, 1, this.t('topNeeds'), { id: 'top-needs' })}
              <ol>
                ${report.topNeeds
                  .slice(0, 5)
                  .map(
                    (need) =>
                      html`<li>
                        <strong>${localize(need.label, this.locale)}</strong> —
                        ${this.t(`basis-${need.basis}`)} ${percent(need.score)}
                      </li>`,
                  )}
              </ol>
            </section>`
          : nothing
      }
      ${report.questions.map((summary) => this.renderQuestion(report, summary))}
    </section>`;
  }

  private chart(id: string, caption: string, summary: string, data: ChartData) {
    return renderBarChart({
      id,
      caption,
      summary,
      categoryLabel: this.t('option'),
      tableLabel: this.t('table'),
      series: data.series,
      rows: data.rows,
      max: data.max,
      level: headingLevelOf(this.headingLevel, 1),
    });
  }

  private renderQuestion(report: NeedsReport, summary: QuestionSummary): TemplateResult {
    const q = summary.question;
    const caption = this.caption(q);
    const id = `chart-${q}`;
    const answered = summary.answered;
    switch (summary.type) {
      case 'single-choice':
      case 'multiple-choice': {
        const data = choiceChart(report, q, this.locale, this.t('all'));
        const top = [...data.rows].sort((a, b) => b.values[0]! - a.values[0]!)[0];
        const text =
          answered > 0 && top
            ? this.t('choiceSummary', { top: top.label, text: top.texts[0]!, answered })
            : this.t('noAnswers');
        return html`${this.chart(id, caption, text, data)}${this.renderGroups(report, q, caption, top?.id)}`;
      }
      case 'rating': {
        const data = ratingChart(report, this.surveyDoc, q, this.locale, this.t('all'));
        const text =
          answered > 0
            ? this.t('ratingSummary', { mean: this.number(data.mean), answered })
            : this.t('noAnswers');
        return this.chart(id, caption, text, data);
      }
      case 'ranking': {
        const data = bordaChart(report, q, this.locale, this.t('points'));
        const top = data.rows[0];
        const text =
          answered > 0 && top
            ? this.t('bordaSummary', {
                top: top.label,
                text: top.texts[0]!,
                m: data.rows.length - 1,
                answered,
              })
            : this.t('noAnswers');
        return this.chart(id, caption, text, data);
      }
      case 'number':
        return html`<section
          part="question"
          class="question"
          id=${id}
          aria-labelledby=${`${id}-title`}
        >
          ${renderHeading(this.headingLevel, 1, caption, { id: `${id}-title` })}
          <p>
            ${
              answered > 0
                ? this.t('numberSummary', {
                    answered,
                    mean: this.number(summary.mean),
                    median: this.number(summary.median),
                    min: this.number(summary.min),
                    max: this.number(summary.max),
                  })
                : this.t('noAnswers')
            }
          </p>
        </section>`;
      case 'free-text':
        return html`<section
          part="question"
          class="question texts"
          id=${id}
          aria-labelledby=${`${id}-title`}
        >
          ${renderHeading(this.headingLevel, 1, caption, { id: `${id}-title` })}
          <p>${answered > 0 ? this.t('textCount', { answered }) : this.t('noAnswers')}</p>
          ${
            summary.texts.length > 0
              ? html`<ul>
                  ${summary.texts.map((entry) => html`<li>${entry.text}</li>`)}
                </ul>`
              : nothing
          }
        </section>`;
    }
  }

  /** The cross-tabulation's groups side by side for a choice question (when the report has one). */
  private renderGroups(
    report: NeedsReport,
    question: string,
    caption: string,
    top: string | undefined,
  ): TemplateResult | typeof nothing {
    const data = crossTabChart(report, question, this.locale);
    if (data.series.length === 0 || data.rows.length === 0) return nothing;
    const row = data.rows.find((r) => r.id === top) ?? data.rows[0]!;
    const groups = data.series
      .map((s, i) => `${s.label} ${row.texts[i] ?? ''}`)
      .join(this.locale === 'zh-CN' ? '，' : '; ');
    return this.chart(
      `chart-${question}-by-group`,
      this.t('byGroup', { question: caption }),
      this.t('groupSummary', { option: row.label, groups }),
      data,
    );
  }
}
