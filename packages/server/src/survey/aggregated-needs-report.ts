import {
  needsReport,
  type CrossTabBy,
  type LocalizedText,
  type NeedsSurvey,
  type QuestionSummary,
  type TopNeed,
} from '@qingyuan/core';
import { suppressedCells } from './suppressed-cells.js';

/**
 * The least number of people any figure of an aggregated needs report may stand for (the
 * minimum cell size): fewer responses and nothing is shown but counts; a question answered by
 * fewer is shown as answered only; a cross-tabulation group with fewer is hidden.
 */
export const MINIMUM_CELL = 5;

/** One question of an aggregated report: counts and shares only, or only how many answered. */
export type AggregatedQuestion = {
  readonly question: string;
  readonly section?: string;
  readonly answered: number;
} & (
  | {
      readonly type: QuestionSummary['type'];
      /** Answered by fewer than the minimum cell size (or hidden to protect such a cell). */
      readonly suppressed: true;
    }
  | {
      readonly type: 'single-choice' | 'multiple-choice';
      readonly suppressed: false;
      readonly options: readonly {
        option: string;
        label: LocalizedText;
        count: number;
        share: number;
      }[];
    }
  | {
      readonly type: 'rating';
      readonly suppressed: false;
      readonly mean: number | null;
      readonly distribution: readonly { value: number; count: number; share: number }[];
    }
  | {
      readonly type: 'ranking';
      readonly suppressed: false;
      readonly borda: readonly {
        option: string;
        label: LocalizedText;
        points: number;
        firstPlaces: number;
      }[];
    }
  | {
      /** The mean only: a median, minimum or maximum is one person's answer. */
      readonly type: 'number';
      readonly suppressed: false;
      readonly mean: number | null;
    }
  | {
      /** How many wrote something; the texts themselves are single responses and never shown. */
      readonly type: 'free-text';
      readonly suppressed: false;
    }
);

/** One group of an aggregated cross-tabulation: shown, or hidden as a whole. */
export type AggregatedGroup =
  | {
      readonly value: string | null;
      readonly label: LocalizedText | null;
      readonly suppressed: false;
      readonly respondents: number;
      readonly questions: readonly AggregatedQuestion[];
    }
  | {
      readonly value: string | null;
      readonly label: LocalizedText | null;
      readonly suppressed: true;
    };

/** A needs report made to be published: no single response can be read from it. */
export interface AggregatedNeedsReport {
  readonly survey: string;
  /** The minimum cell size the report was made with. */
  readonly minimumCell: number;
  readonly responses: {
    /** Responses stored in the collection. */
    readonly received: number;
    /**
     * Responses the report counts: the first `minimumCell × k` received (the largest such
     * number), so that two reports read before and after one response arrives never differ
     * by that one response alone.
     */
    readonly counted: number;
    /** Received responses not counted yet (fewer than `minimumCell`: they wait for the next). */
    readonly waiting: number;
    readonly complete: number;
    readonly partial: number;
    readonly malformed: number;
  };
  /** True while fewer than `minimumCell` responses are counted: no question is shown then. */
  readonly suppressed: boolean;
  readonly questions: readonly AggregatedQuestion[];
  /** Candidate needs of questions that are shown, best supported first. */
  readonly topNeeds: readonly TopNeed[];
  readonly crossTab?: { readonly by: CrossTabBy; readonly groups: readonly AggregatedGroup[] };
}

/** A question's summary as published: its breakdown, or `suppressed` with the count only. */
function aggregated(summary: QuestionSummary, hide: boolean): AggregatedQuestion {
  const head = {
    question: summary.question,
    ...(summary.section === undefined ? {} : { section: summary.section }),
    answered: summary.answered,
  };
  if (hide) return { ...head, type: summary.type, suppressed: true };
  switch (summary.type) {
    case 'single-choice':
    case 'multiple-choice':
      return { ...head, type: summary.type, suppressed: false, options: summary.options };
    case 'rating':
      return {
        ...head,
        type: 'rating',
        suppressed: false,
        mean: summary.mean,
        distribution: summary.distribution,
      };
    case 'ranking':
      return { ...head, type: 'ranking', suppressed: false, borda: summary.borda };
    case 'number':
      return { ...head, type: 'number', suppressed: false, mean: summary.mean };
    case 'free-text':
      return { ...head, type: 'free-text', suppressed: false };
  }
}

/**
 * Core's `needsReport` of a survey over stored responses, made safe to publish: only counts,
 * shares, means and Borda points, never a single response. With `minimum` (default
 * {@link MINIMUM_CELL}) as the minimum cell size:
 *
 * - responses are counted in blocks of `minimum` in arrival order (the rest wait), and while
 *   fewer than `minimum` are counted the report shows the counts only (`suppressed: true`);
 * - a question answered by fewer than `minimum` shows only how many answered it;
 * - free texts, response ids, the list of problems, and the median, minimum and maximum of
 *   number questions are never shown (each is one person's answer);
 * - in a cross-tabulation (`crossTabBy`), groups with fewer than `minimum` respondents are
 *   hidden, and within shown groups each question's small cells too, each time with enough
 *   further cells hidden that the total minus the shown cells does not give them away
 *   (see `suppressedCells`).
 *
 * @example
 * const report = aggregatedNeedsReport(survey, responses, { crossTabBy: { attribute: 'residency' } });
 * report.responses; // { received: 23, counted: 20, waiting: 3, complete: 19, partial: 1, malformed: 0 }
 * report.questions[0]; // { question: 'q-needs', type: 'multiple-choice', answered: 20, suppressed: false, options: [ … ] }
 */
export function aggregatedNeedsReport(
  survey: NeedsSurvey,
  responses: readonly unknown[],
  options: { crossTabBy?: CrossTabBy; minimum?: number } = {},
): AggregatedNeedsReport {
  const minimum = options.minimum ?? MINIMUM_CELL;
  const counted = Math.floor(responses.length / minimum) * minimum;
  const report = needsReport(
    survey,
    responses.slice(0, counted),
    options.crossTabBy ? { crossTabBy: options.crossTabBy } : {},
  );
  const tooFew = counted < minimum;
  const hiddenQuestions = new Set(
    report.questions
      .filter((summary) => tooFew || (summary.answered > 0 && summary.answered < minimum))
      .map((summary) => summary.question),
  );
  const base = {
    survey: report.survey,
    minimumCell: minimum,
    responses: {
      received: responses.length,
      counted,
      waiting: responses.length - counted,
      complete: report.responses.complete,
      partial: report.responses.partial,
      malformed: report.responses.malformed,
    },
    suppressed: tooFew,
    questions: tooFew
      ? []
      : report.questions.map((summary) =>
          aggregated(summary, hiddenQuestions.has(summary.question)),
        ),
    topNeeds: tooFew ? [] : report.topNeeds.filter((need) => !hiddenQuestions.has(need.question)),
  };
  if (report.crossTab === undefined || tooFew) return base;
  const groups = report.crossTab.groups;
  const hiddenGroups = suppressedCells(
    groups.map((group) => group.respondents),
    minimum,
  );
  // Per question, the cells of the shown groups: a small one is hidden, with enough others.
  const hiddenCells = survey.questions.map((_, q) =>
    suppressedCells(
      groups.map((group) => group.questions[q]!.answered),
      minimum,
      hiddenGroups,
    ),
  );
  return {
    ...base,
    crossTab: {
      by: report.crossTab.by,
      groups: groups.map((group, g): AggregatedGroup => {
        if (hiddenGroups[g]) return { value: group.value, label: group.label, suppressed: true };
        return {
          value: group.value,
          label: group.label,
          suppressed: false,
          respondents: group.respondents,
          questions: group.questions.map((summary, q) =>
            aggregated(summary, hiddenQuestions.has(summary.question) || hiddenCells[q]![g]!),
          ),
        };
      }),
    },
  };
}
