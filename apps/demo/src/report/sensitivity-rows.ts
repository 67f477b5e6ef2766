import {
  localize,
  Rational,
  weightSensitivity,
  type Money,
  type ReviewMeeting,
  type SensitivityReport,
  type TallyResult,
  type Locale,
} from '@qingyuan/core';
import type { ChartRow } from '@qingyuan/elements';

/** One pair of neighbours in the ranking and how far the weights must move to swap them. */
export interface SensitivityRow extends ChartRow {
  /** The weights at which they tie, each as a percentage of their sum, by criterion name. */
  tie: string;
}

/**
 * Core's `weightSensitivity` of a tally, when every row carries its exact scores (a result
 * from another platform may leave them out); undefined otherwise.
 *
 * @example
 * sensitivityOf(meeting, result, pilotFund)?.ranking.number; // 0.125
 */
export function sensitivityOf(
  meeting: ReviewMeeting,
  result: Pick<TallyResult, 'ranking' | 'counted'>,
  fund: Money,
): SensitivityReport | undefined {
  if (result.ranking.length < 2 || result.ranking.some((row) => !row.exact)) return undefined;
  return weightSensitivity(meeting, { ...result, rejected: [] }, { fund });
}

/**
 * A weight change ε as a percentage: `±12.5%`.
 *
 * @example
 * epsilonText(0.125, 'en'); // '±12.5%'
 */
export function epsilonText(epsilon: number, locale: Locale): string {
  return `±${new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(epsilon)}`;
}

/**
 * The pairs of a sensitivity report as chart rows: one per pair of neighbours, the bar as
 * long as the change of the weights that would swap them (short bar = close call); pairs the
 * weights can never swap get no bar and say why.
 *
 * @example
 * sensitivityRows(report, meeting, 'zh-CN')[0]?.label; // '1. 新居民之家 ↔ 儿童创意及表现空间'
 */
export function sensitivityRows(
  report: SensitivityReport,
  meeting: ReviewMeeting,
  locale: Locale,
): SensitivityRow[] {
  const title = (id: string) => {
    const project = meeting.projects.find((p) => p.id === id);
    return project ? localize(project.title, locale) : id;
  };
  const zh = locale === 'zh-CN';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return report.pairs.map((pair) => {
    const text =
      pair.thresholdNumber !== null
        ? epsilonText(pair.thresholdNumber, locale)
        : pair.never === 'identical'
          ? zh
            ? '得分相同，权重无法区分'
            : 'same scores: no weights separate them'
          : zh
            ? '每项标准都不低于下一名：不会交换'
            : 'at least as good on every criterion: never swapped';
    const atTie = pair.weightsAtTie;
    // Rankings do not depend on the scale of the weights: say them as shares of their sum.
    const total = atTie
      ? meeting.criteria.reduce((sum, c) => sum.add(Rational.parse(atTie[c.id]!)), Rational.ZERO)
      : Rational.ONE;
    const tie = atTie
      ? meeting.criteria
          .map((c) => {
            const share = Rational.parse(atTie[c.id]!).div(total);
            return `${localize(c.name, locale)} ${percent.format(share.toNumber())}`;
          })
          .join(zh ? '，' : ', ')
      : '';
    return {
      id: `${pair.above}|${pair.below}`,
      label: `${pair.rank}. ${title(pair.above)} ↔ ${title(pair.below)}`,
      values: [pair.thresholdNumber ?? 0],
      texts: [text],
      tie,
    };
  });
}
