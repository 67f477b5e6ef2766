import { localize, type LocalizedText } from '../text/localized-text.js';
import { parseDocument } from '../validation/parse-document.js';
import type { Violation } from '../validation/violation.js';
import { sectionOf, type NeedsSurvey, type SurveyQuestion } from './needs-survey.js';
import { isAnswered } from './show-if.js';
import { SurveyResponseSchema, type SurveyAnswer, type SurveyResponse } from './survey-response.js';
import { validateResponse } from './validate-response.js';

/** Count and share (of the respondents who answered the question) of one option. */
export interface OptionCount {
  readonly option: string;
  readonly label: LocalizedText;
  readonly count: number;
  readonly share: number;
}

/** Borda points of one option of a ranking question. */
export interface BordaScore {
  readonly option: string;
  readonly label: LocalizedText;
  /** Sum over rankings of `m − 1 − position` (m options, position 0 = first); unranked = 0. */
  readonly points: number;
  readonly firstPlaces: number;
}

/**
 * The summary of one question over the counted answers; `section` is the id of the question's
 * section when the survey has sections (so a printed report can group questions under the
 * section titles).
 */
export type QuestionSummary = { readonly section?: string } & (
  | {
      readonly question: string;
      readonly type: 'single-choice' | 'multiple-choice';
      readonly answered: number;
      readonly options: readonly OptionCount[];
    }
  | {
      readonly question: string;
      readonly type: 'rating';
      readonly answered: number;
      readonly mean: number | null;
      readonly distribution: readonly { value: number; count: number; share: number }[];
    }
  | {
      readonly question: string;
      readonly type: 'ranking';
      readonly answered: number;
      /** Options by Borda points, most first (ties in survey order). */
      readonly borda: readonly BordaScore[];
    }
  | {
      readonly question: string;
      readonly type: 'number';
      readonly answered: number;
      readonly mean: number | null;
      readonly median: number | null;
      readonly min: number | null;
      readonly max: number | null;
    }
  | {
      readonly question: string;
      readonly type: 'free-text';
      readonly answered: number;
      readonly texts: readonly { response: string; text: string }[];
    }
);

/** A response that was not counted in full, and why. */
export interface ResponseProblem {
  /** Position in the input list. */
  readonly index: number;
  readonly id?: string;
  /** `partial`: its valid answers are counted; `malformed`: nothing of it is counted. */
  readonly status: 'partial' | 'malformed';
  readonly reasons: readonly Violation[];
}

/** One candidate need with its support, `score` in [0, 1]. */
export interface TopNeed {
  readonly question: string;
  /** The option naming the need; absent for a rating question (the question is the need). */
  readonly option?: string;
  readonly label: LocalizedText;
  /** `share` of respondents choosing it, normalized `borda` points, or normalized `rating` mean. */
  readonly basis: 'share' | 'borda' | 'rating';
  readonly score: number;
  readonly answered: number;
}

/** One group of a cross-tabulation, with the question summaries of its respondents. */
export interface CrossTabGroup {
  /** The attribute value or option id; `null` for respondents who did not state it. */
  readonly value: string | null;
  readonly label: LocalizedText | null;
  readonly respondents: number;
  readonly questions: readonly QuestionSummary[];
}

/** What to cross-tabulate by: a respondent attribute or a single-choice question. */
export type CrossTabBy = { readonly attribute: string } | { readonly question: string };

/** A needs report 需求调查报告. */
export interface NeedsReport {
  readonly survey: string;
  readonly responses: {
    readonly total: number;
    readonly complete: number;
    readonly partial: number;
    readonly malformed: number;
  };
  readonly problems: readonly ResponseProblem[];
  readonly questions: readonly QuestionSummary[];
  readonly crossTab?: { readonly by: CrossTabBy; readonly groups: readonly CrossTabGroup[] };
  /** Candidate needs (options of questions marked `needs`), best supported first. */
  readonly topNeeds: readonly TopNeed[];
}

/** Options of {@link needsReport}. */
export interface NeedsReportOptions {
  readonly crossTabBy?: CrossTabBy;
}

interface Counted {
  readonly response: SurveyResponse;
  /** The answers that passed validation. */
  readonly answers: ReadonlyMap<string, SurveyAnswer>;
}

function schemaViolations(raw: unknown): Violation[] | SurveyResponse {
  const en = parseDocument(SurveyResponseSchema, raw, { locale: 'en' });
  if (en.ok) return en.value;
  const zh = parseDocument(SurveyResponseSchema, raw, { locale: 'zh-CN' });
  return en.issues.map((issue, index) => ({
    rule: 'response.schema',
    message: {
      'zh-CN': `${issue.where || '（答卷）'}: ${zh.ok ? issue.message : (zh.issues[index]?.message ?? issue.message)}`,
      en: `${issue.where || '(response)'}: ${issue.message}`,
    },
    path: issue.path,
  }));
}

function summarize(
  survey: NeedsSurvey,
  question: SurveyQuestion,
  counted: readonly Counted[],
): QuestionSummary {
  const section = sectionOf(survey, question.id)?.id;
  return section === undefined
    ? summarizeAnswers(question, counted)
    : { section, ...summarizeAnswers(question, counted) };
}

function summarizeAnswers(question: SurveyQuestion, counted: readonly Counted[]): QuestionSummary {
  const answers = counted.flatMap(({ response, answers }) => {
    const answer = answers.get(question.id);
    return answer === undefined ? [] : [{ response: response.id, answer }];
  });
  const answered = answers.length;
  const share = (count: number) => (answered === 0 ? 0 : count / answered);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const options = question.options.map((option) => {
        const count = answers.filter(({ answer }) =>
          Array.isArray(answer) ? answer.includes(option.id) : answer === option.id,
        ).length;
        return { option: option.id, label: option.label, count, share: share(count) };
      });
      return { question: question.id, type: question.type, answered, options };
    }
    case 'rating': {
      const values = answers.map(({ answer }) => answer as number);
      const distribution = [];
      for (let value = question.min; value <= question.max; value++) {
        const count = values.filter((x) => x === value).length;
        distribution.push({ value, count, share: share(count) });
      }
      const mean = answered === 0 ? null : values.reduce((a, b) => a + b, 0) / answered;
      return { question: question.id, type: 'rating', answered, mean, distribution };
    }
    case 'ranking': {
      const m = question.options.length;
      const borda = question.options
        .map((option) => {
          let points = 0;
          let firstPlaces = 0;
          for (const { answer } of answers) {
            const position = (answer as string[]).indexOf(option.id);
            if (position >= 0) points += m - 1 - position;
            if (position === 0) firstPlaces++;
          }
          return { option: option.id, label: option.label, points, firstPlaces };
        })
        .map((score, index) => ({ score, index }))
        .sort((a, b) => b.score.points - a.score.points || a.index - b.index)
        .map(({ score }) => score);
      return { question: question.id, type: 'ranking', answered, borda };
    }
    case 'number': {
      const values = answers.map(({ answer }) => answer as number).sort((a, b) => a - b);
      const n = values.length;
      const median =
        n === 0
          ? null
          : n % 2 === 1
            ? values[(n - 1) / 2]!
            : (values[n / 2 - 1]! + values[n / 2]!) / 2;
      return {
        question: question.id,
        type: 'number',
        answered,
        mean: n === 0 ? null : values.reduce((a, b) => a + b, 0) / n,
        median,
        min: n === 0 ? null : values[0]!,
        max: n === 0 ? null : values[n - 1]!,
      };
    }
    case 'free-text':
      return {
        question: question.id,
        type: 'free-text',
        answered,
        texts: answers.map(({ response, answer }) => ({ response, text: answer as string })),
      };
  }
}

interface Candidate extends TopNeed {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly order: number;
}

function topNeeds(survey: NeedsSurvey, summaries: readonly QuestionSummary[]): TopNeed[] {
  const candidates: Candidate[] = [];
  survey.questions.forEach((question, questionIndex) => {
    const summary = summaries[questionIndex]!;
    if (!question.needs || summary.answered === 0) return;
    const n = BigInt(summary.answered);
    const push = (
      basis: TopNeed['basis'],
      label: LocalizedText,
      numerator: bigint,
      denominator: bigint,
      order: number,
      option?: string,
    ) =>
      candidates.push({
        question: question.id,
        ...(option === undefined ? {} : { option }),
        label,
        basis,
        score: denominator === 0n ? 0 : Number(numerator) / Number(denominator),
        answered: summary.answered,
        numerator,
        denominator: denominator === 0n ? 1n : denominator,
        order: questionIndex * 100000 + order,
      });
    if (summary.type === 'single-choice' || summary.type === 'multiple-choice') {
      summary.options.forEach((option, i) =>
        push('share', option.label, BigInt(option.count), n, i, option.option),
      );
    } else if (summary.type === 'ranking' && question.type === 'ranking') {
      const m = BigInt(question.options.length);
      for (const score of summary.borda) {
        const order = question.options.findIndex((option) => option.id === score.option);
        push('borda', score.label, BigInt(score.points), n * (m - 1n), order, score.option);
      }
    } else if (summary.type === 'rating' && question.type === 'rating') {
      const sum = summary.distribution.reduce((acc, d) => acc + BigInt(d.value * d.count), 0n);
      const min = BigInt(question.min);
      push('rating', question.label, sum - min * n, (BigInt(question.max) - min) * n, 0);
    }
  });
  return candidates
    .sort((a, b) => {
      const diff = b.numerator * a.denominator - a.numerator * b.denominator;
      return diff > 0n ? 1 : diff < 0n ? -1 : a.order - b.order;
    })
    .map(({ numerator: _n, denominator: _d, order: _o, ...need }) => need);
}

/**
 * The needs report of a survey: for every question counts and shares per option, rating
 * means and distributions, Borda points of rankings, number statistics and the free texts;
 * optionally the same cross-tabulated by a respondent attribute or a single-choice question;
 * and the candidate needs (options of questions marked `needs`) ordered by support.
 *
 * Responses are taken as raw data. None is silently dropped: a response that is not a valid
 * `SurveyResponse`, belongs to another survey or repeats an earlier id is `malformed` and not
 * counted; a response with missing required answers or invalid answers is `partial` — its
 * valid answers are counted, the invalid ones are not — and every reason is listed.
 *
 * @example
 * const report = needsReport(survey, responses, { crossTabBy: { attribute: 'residency' } });
 * report.topNeeds[0]; // { question: 'q-needs', option: 'childcare', basis: 'share', score: 0.75, … }
 * report.problems;    // [{ index: 3, status: 'partial', reasons: [{ rule: 'response.required-answered', … }] }]
 */
export function needsReport(
  survey: NeedsSurvey,
  responses: readonly unknown[],
  options: NeedsReportOptions = {},
): NeedsReport {
  const counted: Counted[] = [];
  const problems: ResponseProblem[] = [];
  const seen = new Set<string>();
  responses.forEach((raw, index) => {
    const parsed = schemaViolations(raw);
    if (Array.isArray(parsed)) {
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push({
        index,
        ...(typeof id === 'string' ? { id } : {}),
        status: 'malformed',
        reasons: parsed,
      });
      return;
    }
    const response = parsed;
    if (seen.has(response.id)) {
      problems.push({
        index,
        id: response.id,
        status: 'malformed',
        reasons: [
          {
            rule: 'response.unique-id',
            message: {
              'zh-CN': `答卷标识 "${response.id}" 与前面的答卷重复`,
              en: `Response id "${response.id}" repeats an earlier response`,
            },
            path: ['id'],
          },
        ],
      });
      return;
    }
    seen.add(response.id);
    const check = validateResponse(survey, response);
    if (!check.ok && check.violations.some((v) => v.rule === 'response.survey-matches')) {
      problems.push({ index, id: response.id, status: 'malformed', reasons: check.violations });
      return;
    }
    const rejected = new Set(
      check.ok
        ? []
        : check.violations
            .filter((v) => v.path[0] === 'answers' && v.rule !== 'response.required-answered')
            .map((v) => String(v.path[1])),
    );
    const answers = new Map<string, SurveyAnswer>();
    for (const question of survey.questions) {
      const answer = response.answers[question.id];
      if (answer !== undefined && isAnswered(answer) && !rejected.has(question.id)) {
        answers.set(question.id, answer);
      }
    }
    counted.push({ response, answers });
    if (!check.ok) {
      problems.push({ index, id: response.id, status: 'partial', reasons: check.violations });
    }
  });
  const questions = survey.questions.map((question) => summarize(survey, question, counted));
  const malformed = problems.filter((problem) => problem.status === 'malformed').length;
  const partial = problems.length - malformed;
  return {
    survey: survey.id,
    responses: { total: responses.length, complete: counted.length - partial, partial, malformed },
    problems,
    questions,
    ...(options.crossTabBy ? { crossTab: crossTab(survey, counted, options.crossTabBy) } : {}),
    topNeeds: topNeeds(survey, questions),
  };
}

function crossTab(survey: NeedsSurvey, counted: readonly Counted[], by: CrossTabBy) {
  let groups: { value: string; label: LocalizedText }[];
  let valueOf: (entry: Counted) => string | undefined;
  if ('attribute' in by) {
    const attribute = survey.attributes.find((a) => a.id === by.attribute);
    if (!attribute)
      throw new RangeError(`The survey has no respondent attribute "${by.attribute}"`);
    groups = attribute.values.map((value) => ({ value: value.id, label: value.label }));
    valueOf = (entry) => entry.response.attributes[by.attribute];
  } else {
    const question = survey.questions.find((q) => q.id === by.question);
    if (!question || question.type !== 'single-choice') {
      throw new RangeError(
        `Cross-tabulation needs a single-choice question, "${by.question}" is not one`,
      );
    }
    groups = question.options.map((option) => ({ value: option.id, label: option.label }));
    valueOf = (entry) => {
      const answer = entry.answers.get(by.question);
      return typeof answer === 'string' ? answer : undefined;
    };
  }
  const known = new Set(groups.map((group) => group.value));
  const result: CrossTabGroup[] = groups.map(({ value, label }) => {
    const members = counted.filter((entry) => valueOf(entry) === value);
    return {
      value,
      label,
      respondents: members.length,
      questions: survey.questions.map((question) => summarize(survey, question, members)),
    };
  });
  const unstated = counted.filter((entry) => {
    const value = valueOf(entry);
    return value === undefined || !known.has(value);
  });
  if (unstated.length > 0) {
    result.push({
      value: null,
      label: null,
      respondents: unstated.length,
      questions: survey.questions.map((question) => summarize(survey, question, unstated)),
    });
  }
  return { by, groups: result };
}

/**
 * The label of a summary row in a locale, for printing a report.
 *
 * @example
 * labelOf(report.topNeeds[0]!, 'en'); // 'Child care'
 */
export function labelOf(item: { label: LocalizedText | null }, locale: string): string {
  return item.label === null
    ? locale.startsWith('zh')
      ? '未说明'
      : 'not stated'
    : localize(item.label, locale);
}
