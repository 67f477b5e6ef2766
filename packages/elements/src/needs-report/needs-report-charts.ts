import {
  labelOf,
  localize,
  type NeedsReport,
  type NeedsSurvey,
  type QuestionSummary,
} from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';
import type { ChartRow, ChartSeries } from './bar-geometry.js';

/** A chart's data: its series and rows, and the largest value of its scale. */
export interface ChartData {
  series: ChartSeries[];
  rows: ChartRow[];
  max: number;
}

/**
 * A share and its count as the report says it: `54%（28 人）` or `54% (28)`.
 *
 * @example
 * shareText(0.5385, 28, 'en'); // '54% (28)'
 */
export function shareText(share: number, count: number, locale: Locale): string {
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
  return locale === 'zh-CN' ? `${percent}（${count} 人）` : `${percent} (${count})`;
}

function summaryOf<T extends QuestionSummary['type']>(
  summaries: readonly QuestionSummary[],
  question: string,
  ...types: T[]
): Extract<QuestionSummary, { type: T }> | undefined {
  const found = summaries.find((s) => s.question === question);
  return found && (types as string[]).includes(found.type)
    ? (found as Extract<QuestionSummary, { type: T }>)
    : undefined;
}

/**
 * The options of a choice question with the share of respondents who chose each (of those who
 * answered it), from core's needs report.
 *
 * @example
 * choiceChart(report, 'q-needs', 'zh-CN', '全部答卷').rows[0]; // { label: '低价生活用品', values: [0.54], … }
 */
export function choiceChart(
  report: NeedsReport,
  question: string,
  locale: Locale,
  seriesLabel: string,
): ChartData {
  const summary = summaryOf(report.questions, question, 'single-choice', 'multiple-choice');
  return {
    series: [{ id: 'all', label: seriesLabel }],
    rows: (summary?.options ?? []).map((o) => ({
      id: o.option,
      label: localize(o.label, locale),
      values: [o.share],
      texts: [shareText(o.share, o.count, locale)],
    })),
    max: 1,
  };
}

/**
 * A choice question's shares per group of the report's cross-tabulation (e.g. migrants and
 * long-term residents), one series per group that has respondents.
 *
 * @example
 * crossTabChart(report, 'q-needs', 'en').series.map((s) => s.label); // ['Migrant (21)', 'Long-term resident (31)']
 */
export function crossTabChart(report: NeedsReport, question: string, locale: Locale): ChartData {
  const groups = (report.crossTab?.groups ?? []).filter((g) => g.respondents > 0);
  const summaries = groups.map((g) =>
    summaryOf(g.questions, question, 'single-choice', 'multiple-choice'),
  );
  const options = summaries.find((s) => s)?.options ?? [];
  return {
    series: groups.map((g) => ({
      id: g.value ?? 'unstated',
      label:
        locale === 'zh-CN'
          ? `${labelOf(g, locale)}（${g.respondents} 人）`
          : `${labelOf(g, locale)} (${g.respondents})`,
    })),
    rows: options.map((option, index) => ({
      id: option.option,
      label: localize(option.label, locale),
      values: summaries.map((s) => s?.options[index]?.share ?? 0),
      texts: summaries.map((s) =>
        shareText(s?.options[index]?.share ?? 0, s?.options[index]?.count ?? 0, locale),
      ),
    })),
    max: 1,
  };
}

/**
 * How many respondents gave each value of a rating question (the ends labelled from the survey,
 * when it is given).
 *
 * @example
 * ratingChart(report, survey, 'q-satisfaction', 'zh-CN', '全部').rows.map((r) => r.label); // ['1 很不满意', '2', '3', '4', '5 很满意']
 */
export function ratingChart(
  report: NeedsReport,
  survey: NeedsSurvey | undefined,
  question: string,
  locale: Locale,
  seriesLabel: string,
): ChartData & { mean: number | null } {
  const summary = summaryOf(report.questions, question, 'rating');
  const definition = survey?.questions.find((q) => q.id === question);
  const ends =
    definition?.type === 'rating'
      ? {
          min: definition.minLabel,
          max: definition.maxLabel,
          low: definition.min,
          high: definition.max,
        }
      : undefined;
  return {
    series: [{ id: 'all', label: seriesLabel }],
    rows: (summary?.distribution ?? []).map((d) => {
      const end = d.value === ends?.low ? ends.min : d.value === ends?.high ? ends.max : undefined;
      return {
        id: String(d.value),
        label: end ? `${d.value} ${localize(end, locale)}` : String(d.value),
        values: [d.share],
        texts: [shareText(d.share, d.count, locale)],
      };
    }),
    max: 1,
    mean: summary?.mean ?? null,
  };
}

/**
 * The Borda points of a ranking question's options, most first, as core counts them
 * (m − 1 points for a first place, 0 for unranked).
 *
 * @example
 * bordaChart(report, 'q-priority', 'en', 'Points').rows[0]; // { label: 'Love supermarket', values: [98], … }
 */
export function bordaChart(
  report: NeedsReport,
  question: string,
  locale: Locale,
  seriesLabel: string,
): ChartData {
  const summary = summaryOf(report.questions, question, 'ranking');
  const rows = (summary?.borda ?? []).map((b) => ({
    id: b.option,
    label: localize(b.label, locale),
    values: [b.points],
    texts: [
      locale === 'zh-CN'
        ? `${b.points} 分，第一 ${b.firstPlaces} 次`
        : `${b.points} pts, ${b.firstPlaces} firsts`,
    ],
  }));
  return {
    series: [{ id: 'points', label: seriesLabel }],
    rows,
    max: Math.max(1, ...rows.map((r) => r.values[0]!)),
  };
}
