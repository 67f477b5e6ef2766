import { needsReport, NeedsSurveySchema } from '@qingyuan/core';
import { subdistrictSurvey } from '@qingyuan/core/examples';
import '../define/needs-report.js';
import { narrow, renderFromArgs } from '../testing/story-args.js';
import { surveyResponses } from './survey-responses.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-needs-report',
  component: 'qy-needs-report',
  render: renderFromArgs('qy-needs-report'),
};

// The subdistrict's 2007 needs survey (core's examples) with residents' responses made up after
// the case study.
const responses = surveyResponses();
const byResidency = { attribute: 'residency' } as const;
const report = needsReport(NeedsSurveySchema.parse(subdistrictSurvey), responses);
const withProblems = [
  ...responses,
  { id: 'r-late', survey: subdistrictSurvey.id, answers: { 'q-needs': 'goods' } },
  { id: 'r-other', survey: 'another-survey', answers: {} },
];

const computed = { survey: subdistrictSurvey, responses, crossTabBy: byResidency };

export const Computed = { args: computed };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = { args: { ...computed, 'heading-level': 3 } };
export const ComputedEnglish = { args: computed, globals: { locale: 'en' } };
export const ReportWithoutSurvey = { args: { report } };
export const ResponsesNotCounted = {
  args: { survey: subdistrictSurvey, responses: withProblems },
};
export const NoResponsesYet = { args: { survey: subdistrictSurvey, responses: [] } };
export const Empty = {};
export const InvalidReport = { args: { report: { survey: 1, questions: [{ type: 'pie' }] } } };
export const DarkTheme = { args: computed, globals: { theme: 'dark' } };
export const NarrowPhone = { args: computed, decorators: [narrow] };
