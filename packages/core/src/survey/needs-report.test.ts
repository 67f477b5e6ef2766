import { describe, expect, it } from 'vitest';
import { survey } from '../domain/pilot-2007.fixture.js';
import { labelOf, needsReport } from './needs-report.js';

const r = (id: string, residency: string | undefined, answers: Record<string, unknown>) => ({
  id,
  survey: 'jinhuali-2007',
  ...(residency ? { attributes: { residency } } : {}),
  answers,
});

const responses: unknown[] = [
  r('r1', 'migrant', {
    'q-needs': ['goods', 'childcare'],
    'q-kids': 2,
    'q-priority': ['supermarket', 'paradise', 'tailor'],
    'q-satisfaction': 2,
  }),
  r('r2', 'migrant', {
    'q-needs': ['childcare'],
    'q-kids': 1,
    'q-priority': ['paradise', 'supermarket'],
    'q-satisfaction': 3,
    'q-idea': '希望延长开放时间',
  }),
  r('r3', 'long-term', {
    'q-needs': ['mending'],
    'q-priority': ['tailor', 'supermarket', 'paradise'],
    'q-satisfaction': 4,
  }),
  r('r4', 'long-term', { 'q-needs': ['childcare'], 'q-satisfaction': 5 }), // partial: q-kids required and shown
  r('r5', undefined, { 'q-needs': ['goods'], 'q-satisfaction': 9 }), // partial: rating out of range, not counted
  { id: 'r6', survey: 'jinhuali-2007', answers: { 'q-needs': 3.5 } }, // partial: a number where options are expected
  { survey: 'jinhuali-2007', answers: {} }, // malformed: no id
  r('r1', 'migrant', { 'q-needs': ['goods'] }), // malformed: repeated id
  { id: 'r9', survey: 'another', answers: {} }, // malformed: other survey
];

describe('needsReport', () => {
  const report = needsReport(survey, responses, { crossTabBy: { attribute: 'residency' } });

  it('accounts for every response: complete, partial or malformed, with reasons', () => {
    expect(report.responses).toEqual({ total: 9, complete: 3, partial: 3, malformed: 3 });
    expect(
      report.problems.map((p) => [p.index, p.id, p.status, p.reasons.map((v) => v.rule)]),
    ).toEqual([
      [3, 'r4', 'partial', ['response.required-answered']],
      [4, 'r5', 'partial', ['response.in-range']],
      [5, 'r6', 'partial', ['response.answer-type']],
      [6, undefined, 'malformed', ['response.schema']],
      [7, 'r1', 'malformed', ['response.unique-id']],
      [8, 'r9', 'malformed', ['response.survey-matches', 'response.required-answered']],
    ]);
    const schemaReason = report.problems[3]!.reasons[0]!;
    expect(schemaReason.path).toEqual(['id']);
    expect(schemaReason.message.en).toBe('id: Required value is missing');
    expect(schemaReason.message['zh-CN']).toMatch(/^id: 必填项缺失/);
  });

  it('counts options with shares of those who answered', () => {
    const needs = report.questions[0]!;
    if (needs.type !== 'multiple-choice') throw new Error('type');
    expect(needs.answered).toBe(5);
    expect(needs.options.map((o) => [o.option, o.count, o.share])).toEqual([
      ['goods', 2, 0.4],
      ['childcare', 3, 0.6],
      ['mending', 1, 0.2],
    ]);
  });

  it('rating mean and distribution leave out the invalid answer', () => {
    const rating = report.questions[3]!;
    if (rating.type !== 'rating') throw new Error('type');
    expect(rating.answered).toBe(4);
    expect(rating.mean).toBe(3.5);
    expect(rating.distribution.map((d) => d.count)).toEqual([0, 1, 1, 1, 1]);
  });

  it('aggregates rankings by Borda points (m − 1 − position)', () => {
    const ranking = report.questions[2]!;
    if (ranking.type !== 'ranking') throw new Error('type');
    expect(ranking.borda.map((b) => [b.option, b.points, b.firstPlaces])).toEqual([
      ['supermarket', 2 + 1 + 1, 1],
      ['paradise', 1 + 2 + 0, 1],
      ['tailor', 0 + 0 + 2, 1],
    ]);
  });

  it('number statistics and free text listed with its response', () => {
    const kids = report.questions[1]!;
    expect(kids).toMatchObject({
      type: 'number',
      answered: 2,
      mean: 1.5,
      median: 1.5,
      min: 1,
      max: 2,
    });
    expect(report.questions[4]).toMatchObject({
      type: 'free-text',
      texts: [{ response: 'r2', text: '希望延长开放时间' }],
    });
  });

  it('cross-tabulates by residency, with a group for respondents who did not say', () => {
    const groups = report.crossTab!.groups;
    expect(groups.map((g) => [g.value, g.respondents])).toEqual([
      ['migrant', 2],
      ['long-term', 2],
      [null, 2],
    ]);
    const migrantNeeds = groups[0]!.questions[0]!;
    if (migrantNeeds.type !== 'multiple-choice') throw new Error('type');
    expect(migrantNeeds.options.map((o) => o.count)).toEqual([1, 2, 0]);
    expect(labelOf(groups[2]!, 'zh-CN')).toBe('未说明');
    expect(labelOf(groups[0]!, 'en')).toBe('Migrant');
  });

  it('cross-tabulates by a single-choice question too, and refuses anything else', () => {
    const withQuestion = {
      ...survey,
      questions: [
        {
          id: 'q-home',
          type: 'single-choice' as const,
          label: 'Home',
          required: false,
          needs: false,
          options: [
            { id: 'rent', label: 'Rent' },
            { id: 'own', label: 'Own' },
          ],
        },
        ...survey.questions,
      ],
    };
    const data = [
      r('a', undefined, { 'q-home': 'rent', 'q-needs': ['goods'] }),
      r('b', undefined, { 'q-home': 'own', 'q-needs': ['goods'] }),
    ];
    const tab = needsReport(withQuestion, data, { crossTabBy: { question: 'q-home' } }).crossTab!;
    expect(tab.groups.map((g) => [g.value, g.respondents])).toEqual([
      ['rent', 1],
      ['own', 1],
    ]);
    expect(() => needsReport(survey, data, { crossTabBy: { question: 'q-needs' } })).toThrow(
      RangeError,
    );
  });

  it('orders top needs by exact support across choice and ranking questions', () => {
    expect(report.topNeeds.map((n) => [n.question, n.option, n.basis, n.score])).toEqual([
      ['q-priority', 'supermarket', 'borda', 4 / 6],
      ['q-needs', 'childcare', 'share', 0.6],
      ['q-priority', 'paradise', 'borda', 3 / 6],
      ['q-needs', 'goods', 'share', 0.4],
      ['q-priority', 'tailor', 'borda', 2 / 6],
      ['q-needs', 'mending', 'share', 0.2],
    ]);
  });

  it('an empty survey round gives zero counts, no mean, no needs', () => {
    const empty = needsReport(survey, []);
    expect(empty.responses).toEqual({ total: 0, complete: 0, partial: 0, malformed: 0 });
    expect(empty.questions[3]).toMatchObject({ mean: null });
    expect(empty.topNeeds).toEqual([]);
  });

  it('names the section of each question when the survey has sections, and only then', () => {
    expect(report.questions.some((question) => 'section' in question)).toBe(false);
    const sectioned = {
      ...survey,
      sections: [
        { id: 'needs', title: 'Needs', questions: ['q-needs', 'q-kids'] },
        { id: 'views', title: 'Views', questions: ['q-priority', 'q-satisfaction', 'q-idea'] },
      ],
    };
    const grouped = needsReport(sectioned, responses, { crossTabBy: { attribute: 'residency' } });
    expect(grouped.questions.map((q) => [q.section, q.question])).toEqual([
      ['needs', 'q-needs'],
      ['needs', 'q-kids'],
      ['views', 'q-priority'],
      ['views', 'q-satisfaction'],
      ['views', 'q-idea'],
    ]);
    expect(grouped.crossTab!.groups[0]!.questions.map((q) => q.section)).toEqual([
      'needs',
      'needs',
      'views',
      'views',
      'views',
    ]);
    // Sections change nothing but the labels: the counts are the same.
    const strip = ({ section: _s, ...rest }: (typeof grouped.questions)[number]) => rest;
    expect(grouped.questions.map(strip)).toEqual(report.questions);
    expect(grouped.topNeeds).toEqual(report.topNeeds);
  });
});
