import * as z from 'zod/mini';
import { Rational } from '../math/rational.js';
import { meetingArgument } from '../meeting/meeting-argument.js';
import type { ReviewMeetingInput } from '../meeting/review-meeting.js';
import { checkArgument } from '../validation/check-argument.js';
import { isLocale, type Locale } from '../locale/locale.js';
import { localize } from '../text/localized-text.js';
import type { TallyResult } from './tally-counts.js';
import { tallyResultArgument } from './tally-result-argument.js';

/** One criterion's share of a project's total. All numbers are exact strings (`"7.2"`, `"1/3"`). */
export interface ExplanationPart {
  readonly criterion: string;
  /** The criterion's name in the requested locale. */
  readonly name: string;
  /** Votes (approval) or points (score), voter-group weighted. */
  readonly sum: string;
  /** Ballots that could mark (approval) or did mark (score): the denominator of a mean. */
  readonly ballots: string;
  readonly score: string;
  readonly weight: string;
  readonly weighted: string;
  /** The line, e.g. `公益性 18 票 × 0.4 = 7.2` or `Public benefit 18 votes × 0.4 = 7.2`. */
  readonly text: string;
}

/** A project's score broken into its parts, as data and as text. */
export interface ScoreExplanation {
  readonly project: string;
  readonly title: string;
  readonly rank: number;
  readonly of: number;
  readonly tied: boolean;
  /** Exact total. */
  readonly total: string;
  readonly parts: readonly ExplanationPart[];
  /** Title line, one line per criterion, the total line. */
  readonly lines: readonly string[];
  /** `lines` joined by newlines. */
  readonly text: string;
}

/** An exact number for people: `7.2`, or `≈0.3333` when the decimal does not end. */
function show(value: Rational): string {
  const decimal = value.toDecimal(4);
  return Rational.parse(decimal).equals(value) ? decimal : `≈${decimal}`;
}

/**
 * Breaks a project's score into its parts (criterion, votes or points, weight, weighted score)
 * with a sentence per part in zh-CN or English, from a {@link tally} result. Returns null when
 * the project is not in the result.
 *
 * The meeting is validated as by {@link tally} (defaults applied) and the result must be a
 * tally of it with exact values; anything else — an unchecked document, another meeting's
 * result, a locale other than `'zh-CN'`/`'en'` — throws an `InvalidInputError`.
 *
 * @example
 * explainProject(meeting, tally(meeting, ballots), 'jinhuali-home', 'zh-CN')?.lines;
 * // ['新居民之家 (jinhuali-home)', '公益性 18 票 × 0.4 = 7.2', …, '合计 7.2 + 3 + 2.1 = 12.3,排名第 1/4']
 */
export function explainProject(
  input: ReviewMeetingInput,
  tallied: TallyResult,
  projectId: string,
  locale: Locale = 'en',
): ScoreExplanation | null {
  const meeting = meetingArgument(input, 'explainProject');
  const result = tallyResultArgument(meeting, tallied, 'explainProject', { exact: true });
  checkArgument(z.string(), projectId, {
    function: 'explainProject',
    argument: 'projectId',
    expected: 'project id',
  });
  if (!isLocale(locale)) {
    checkArgument(z.enum(['zh-CN', 'en']), locale, {
      function: 'explainProject',
      argument: 'locale',
      expected: 'Locale',
    });
  }
  const row = result.ranking.find((r) => r.project === projectId);
  const project = meeting.projects.find((p) => p.id === projectId);
  if (row === undefined || project === undefined) return null;
  const zh = locale === 'zh-CN';
  const approval = meeting.method.type === 'approval';
  const mean = meeting.aggregate === 'mean';
  const parts = meeting.criteria.map((criterion): ExplanationPart => {
    const exact = row.exact.criteria[criterion.id]!;
    const sum = Rational.parse(exact.sum);
    const ballots = Rational.parse(exact.ballots);
    const score = Rational.parse(exact.score);
    const weight = Rational.parse(criterion.weight);
    const weighted = Rational.parse(exact.weighted);
    const name = localize(criterion.name, locale);
    const unit = zh ? (approval ? '票' : '分') : approval ? 'votes' : 'points';
    let text = `${name} ${show(sum)} ${unit}`;
    if (mean) {
      text += zh
        ? ` ÷ ${show(ballots)} 张选票 = ${show(score)}`
        : ` ÷ ${show(ballots)} ballots = ${show(score)}`;
    }
    text += ` × ${show(weight)} = ${show(weighted)}`;
    return {
      criterion: criterion.id,
      name,
      sum: sum.toString(),
      ballots: ballots.toString(),
      score: score.toString(),
      weight: weight.toString(),
      weighted: weighted.toString(),
      text,
    };
  });
  const total = Rational.parse(row.exact.total);
  const sumText = parts.map((part) => show(Rational.parse(part.weighted))).join(' + ');
  const of = result.ranking.length;
  const tiedText = row.tied
    ? zh
      ? '(与其他项目同分,按规则排序)'
      : ' (tied; order by the tie-break chain)'
    : '';
  const totalLine = zh
    ? `合计 ${sumText} = ${show(total)},排名第 ${row.rank}/${of}${tiedText}`
    : `Total ${sumText} = ${show(total)}, rank ${row.rank} of ${of}${tiedText}`;
  const title = localize(project.title, locale);
  const lines = [`${title} (${project.id})`, ...parts.map((part) => part.text), totalLine];
  return {
    project: project.id,
    title,
    rank: row.rank,
    of,
    tied: row.tied,
    total: total.toString(),
    parts,
    lines,
    text: lines.join('\n'),
  };
}
