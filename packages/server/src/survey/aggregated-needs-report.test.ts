import { jinhualiSurvey } from '@qingyuan/core/examples';
import { NeedsSurveySchema, needsReport, type NeedsSurvey } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { aggregatedNeedsReport, MINIMUM_CELL } from './aggregated-needs-report.js';

const survey: NeedsSurvey = NeedsSurveySchema.parse(jinhualiSurvey);

/** Response `i` to Jinhuali's survey: a migrant every `migrantEvery`-th, with a free text. */
function response(i: number, migrantEvery = 4) {
  const childcare = i % 3 === 0;
  return {
    id: `r-${i}`,
    survey: survey.id,
    attributes: { residency: i % migrantEvery === 0 ? 'migrant' : 'long-term' },
    answers: {
      'q-needs': childcare ? ['childcare'] : ['goods'],
      ...(childcare ? { 'q-kids': 1 + (i % 4) } : {}),
      'q-satisfaction': 1 + (i % 5),
      'q-idea': `My idea number ${i}: a bench at gate ${i}`,
    },
    submittedAt: '2026-12-05T10:00:00.000Z',
  };
}
const responses = (n: number, migrantEvery = 4) =>
  Array.from({ length: n }, (_, i) => response(i, migrantEvery));

describe('aggregatedNeedsReport', () => {
  it('shows counts and shares of the whole population, never a free text or a single value', () => {
    const report = aggregatedNeedsReport(survey, responses(20));
    expect(report.minimumCell).toBe(MINIMUM_CELL);
    expect(report.suppressed).toBe(false);
    expect(report.responses).toEqual({
      received: 20,
      counted: 20,
      waiting: 0,
      complete: 20,
      partial: 0,
      malformed: 0,
    });
    const needs = report.questions.find((q) => q.question === 'q-needs')!;
    expect(needs).toMatchObject({ answered: 20, suppressed: false });
    // The same counts as core's report.
    const full = needsReport(survey, responses(20));
    expect(needs).toMatchObject({
      options: (full.questions[0] as unknown as { options: unknown[] }).options,
    });
    const kids = report.questions.find((q) => q.question === 'q-kids')!;
    expect(kids).toEqual({
      question: 'q-kids',
      type: 'number',
      answered: 7,
      suppressed: false,
      mean: expect.any(Number),
    });
    const idea = report.questions.find((q) => q.question === 'q-idea')!;
    expect(idea).toEqual({
      question: 'q-idea',
      type: 'free-text',
      answered: 20,
      suppressed: false,
    });
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/My idea|r-\d|"median"|"min"|"max"|"problems"/);
  });

  it('counts responses in blocks of the minimum cell: one new response never changes the report alone', () => {
    const before = aggregatedNeedsReport(survey, responses(10));
    const after = aggregatedNeedsReport(survey, responses(11));
    expect(after.responses).toMatchObject({ received: 11, counted: 10, waiting: 1 });
    expect(after.questions).toEqual(before.questions);
    const block = aggregatedNeedsReport(survey, responses(15));
    expect(block.responses).toMatchObject({ counted: 15, waiting: 0 });
    expect(block.questions).not.toEqual(before.questions);
  });

  it('shows nothing but counts below the minimum cell size', () => {
    const report = aggregatedNeedsReport(survey, responses(4));
    expect(report).toMatchObject({
      suppressed: true,
      questions: [],
      topNeeds: [],
      responses: { received: 4, counted: 0, waiting: 4 },
    });
  });

  it('shows only how many answered a question fewer than the minimum answered', () => {
    // Of 10 responses, those with i % 3 === 0 (0, 3, 6, 9) answer q-kids: 4 < 5.
    const report = aggregatedNeedsReport(survey, responses(10));
    expect(report.questions.find((q) => q.question === 'q-kids')).toEqual({
      question: 'q-kids',
      type: 'number',
      answered: 4,
      suppressed: true,
    });
    expect(report.topNeeds.every((need) => need.question !== 'q-kids')).toBe(true);
    // A smaller minimum shows it.
    const two = aggregatedNeedsReport(survey, responses(10), { minimum: 2 });
    expect(two.questions.find((q) => q.question === 'q-kids')?.suppressed).toBe(false);
  });

  it('hides small cross-tabulation groups, and another so the total does not give them away', () => {
    // 20 responses, one migrant in 10 (2 migrants, 18 long-term): the migrants alone would be
    // the total minus the long-term residents, so both groups are hidden.
    const report = aggregatedNeedsReport(survey, responses(20, 10), {
      crossTabBy: { attribute: 'residency' },
    });
    expect(report.crossTab!.groups.map((g) => [g.value, g.suppressed])).toEqual([
      ['migrant', true],
      ['long-term', true],
    ]);
    expect(JSON.stringify(report.crossTab)).not.toContain('respondents');
    // One in four (5 migrants, 15 long-term): both groups are large enough to show.
    const shown = aggregatedNeedsReport(survey, responses(20, 4), {
      crossTabBy: { attribute: 'residency' },
    });
    const groups = shown.crossTab!.groups;
    expect(groups.map((g) => [g.value, g.suppressed])).toEqual([
      ['migrant', false],
      ['long-term', false],
    ]);
    expect(groups.map((g) => (g.suppressed ? null : g.respondents))).toEqual([5, 15]);
    // Within the shown groups, q-kids (answered by i % 3 === 0: 2 migrants and 5 long-term)
    // is hidden in both, so 7 − 5 does not give away the two migrants' answers.
    const kids = groups.map((g) =>
      g.suppressed ? undefined : g.questions.find((q) => q.question === 'q-kids')!.suppressed,
    );
    expect(kids).toEqual([true, true]);
  });
});
