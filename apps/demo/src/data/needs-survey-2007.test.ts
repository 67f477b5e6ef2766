import { NeedsSurveySchema, needsReport, validateResponse } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { needsSurvey2007, seedSurveyResponses } from './needs-survey-2007.js';
import { projectHistories } from './project-histories.js';

const survey = NeedsSurveySchema.parse(needsSurvey2007);
const responses = seedSurveyResponses();

describe('the 2007 needs survey of the demo', () => {
  it('is a valid needs survey', () => {
    expect(NeedsSurveySchema.safeParse(needsSurvey2007).error).toBeUndefined();
  });

  it('seeds responses that all pass core’s response rules, with distinct ids', () => {
    expect(responses).toHaveLength(52);
    for (const response of responses)
      expect(validateResponse(survey, response)).toEqual({ ok: true });
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
    const report = needsReport(survey, responses);
    expect(report.responses).toEqual({ total: 52, complete: 52, partial: 0, malformed: 0 });
  });

  it('is answered during the case study’s needs survey, before any pilot application is saved', () => {
    const days = responses.map((r) => r.submittedAt!.slice(0, 10)).sort();
    expect([days[0], days.at(-1)]).toEqual(['2007-08-20', '2007-09-16']);
    const saved = Object.values(projectHistories)
      .flatMap((history) => history.filter((e) => e.type === 'application-saved'))
      .map((e) => e.at.slice(0, 10));
    expect(saved.length).toBeGreaterThan(0);
    for (const day of saved) expect(day > days.at(-1)!, day).toBe(true);
  });

  it('has over half migrants in Jinhuali, as the case study says', () => {
    const jinhuali = responses.filter((r) => r.attributes.community === 'jinhuali');
    const migrants = jinhuali.filter((r) => r.attributes.residency === 'migrant');
    expect(migrants.length * 2).toBeGreaterThan(jinhuali.length);
  });

  it('answers the children question only when child care is a need', () => {
    for (const response of responses) {
      const childcare = (response.answers['q-needs'] as string[]).includes('childcare');
      expect(response.answers['q-kids'] !== undefined).toBe(childcare);
    }
  });
});
