import { describe, expect, it } from 'vitest';
import { survey } from '../domain/pilot-2007.fixture.js';
import { evaluateShowIf, referencedQuestions, shownQuestions, ShowIfSchema } from './show-if.js';

describe('evaluateShowIf', () => {
  const answers = { residency: 'migrant', needs: ['goods', 'childcare'], kids: 2, blank: '' };
  it.each([
    [{ question: 'residency', equals: 'migrant' }, true],
    [{ question: 'residency', equals: 'long-term' }, false],
    [{ question: 'residency', in: ['long-term', 'migrant'] }, true],
    [{ question: 'needs', includes: 'childcare' }, true],
    [{ question: 'needs', includes: 'mending' }, false],
    [{ question: 'kids', atLeast: 2 }, true],
    [{ question: 'kids', atMost: 1 }, false],
    [{ question: 'blank', answered: false }, true],
    [{ question: 'missing', answered: true }, false],
    [{ question: 'missing', equals: 'x' }, false],
    [
      {
        all: [
          { question: 'kids', atLeast: 1 },
          { question: 'residency', equals: 'migrant' },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { question: 'kids', atLeast: 5 },
          { question: 'needs', includes: 'goods' },
        ],
      },
      true,
    ],
    [{ not: { question: 'residency', equals: 'migrant' } }, false],
  ])('%j → %s', (condition, expected) => {
    expect(evaluateShowIf(ShowIfSchema.parse(condition), answers)).toBe(expected);
  });

  it('rejects a condition that mixes operators', () => {
    expect(ShowIfSchema.safeParse({ question: 'a', equals: 1, atLeast: 2 }).success).toBe(false);
  });

  it('lists the questions a condition refers to', () => {
    expect(
      referencedQuestions({
        all: [{ question: 'a', answered: true }, { not: { question: 'b', atLeast: 1 } }],
      }),
    ).toEqual(['a', 'b']);
  });
});

describe('shownQuestions', () => {
  it('shows a follow-up question only when its condition holds', () => {
    expect(shownQuestions(survey, { 'q-needs': ['goods'] }).map((q) => q.id)).not.toContain(
      'q-kids',
    );
    expect(shownQuestions(survey, { 'q-needs': ['childcare'] }).map((q) => q.id)).toContain(
      'q-kids',
    );
  });

  it('hides questions that depend on a hidden question, even if it has an answer', () => {
    const chained = {
      ...survey,
      questions: [
        ...survey.questions,
        {
          id: 'q-kids-care',
          type: 'free-text' as const,
          label: 'Who looks after them?',
          required: false,
          needs: false,
          showIf: { question: 'q-kids', atLeast: 1 },
        },
      ],
    };
    const ids = shownQuestions(chained, { 'q-needs': ['goods'], 'q-kids': 3 }).map((q) => q.id);
    expect(ids).not.toContain('q-kids-care');
  });
});
