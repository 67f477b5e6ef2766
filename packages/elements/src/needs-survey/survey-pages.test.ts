import { NeedsSurveySchema } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { pilotSurvey, sectionedSurvey } from './needs-survey.fixture.js';
import { surveyPages } from './survey-pages.js';

const survey = NeedsSurveySchema.parse(pilotSurvey());
const ids = (pages: { id: string }[][]) => pages.map((page) => page.map((q) => q.id));

describe('surveyPages', () => {
  it('breaks pages by document order and drops questions hidden by show-if', () => {
    expect(ids(surveyPages(survey, {}, 3))).toEqual([
      ['q-housing', 'q-needs'],
      ['q-satisfaction', 'q-priority', 'q-idea'],
    ]);
    expect(ids(surveyPages(survey, { 'q-needs': ['childcare'] }, 3))).toEqual([
      ['q-housing', 'q-needs', 'q-kids'],
      ['q-satisfaction', 'q-priority', 'q-idea'],
    ]);
  });

  it('drops pages left empty and treats bad sizes as one question per page', () => {
    expect(ids(surveyPages(survey, {}, 1))).toEqual([
      ['q-housing'],
      ['q-needs'],
      ['q-satisfaction'],
      ['q-priority'],
      ['q-idea'],
    ]);
    expect(surveyPages(survey, {}, Number.NaN)).toHaveLength(5);
    expect(surveyPages(survey, {}, 100)).toHaveLength(1);
  });

  it('gives a survey with sections one page per section, whatever perPage says', () => {
    const sectioned = NeedsSurveySchema.parse(sectionedSurvey());
    const expected = [['q-housing'], ['q-needs'], ['q-satisfaction', 'q-priority'], ['q-idea']];
    expect(ids(surveyPages(sectioned, {}, 3))).toEqual(expected);
    expect(ids(surveyPages(sectioned, {}, 1))).toEqual(expected);
    expect(ids(surveyPages(sectioned, {}, 100))).toEqual(expected);
  });

  it('skips a section whose questions are all hidden, and shows it once one is shown', () => {
    const sectioned = NeedsSurveySchema.parse(sectionedSurvey());
    expect(ids(surveyPages(sectioned, { 'q-needs': ['childcare'] }, 3))).toEqual([
      ['q-housing'],
      ['q-needs'],
      ['q-kids'],
      ['q-satisfaction', 'q-priority'],
      ['q-idea'],
    ]);
  });
});
