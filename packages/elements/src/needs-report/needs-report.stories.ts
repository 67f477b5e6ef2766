import { needsReport, NeedsSurveySchema } from '@qingyuan/core';
import { subdistrictSurvey } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/needs-report.js';
import { darkTheme } from '../internal/story-themes.js';
import { surveyResponses } from './survey-responses.fixture.js';

export default {
  title: 'Components/qy-needs-report',
  component: 'qy-needs-report',
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

export const ComputedChinese = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-report
        .survey=${subdistrictSurvey}
        .responses=${responses}
        .crossTabBy=${byResidency}
      ></qy-needs-report>
    </main>`,
};
export const ComputedEnglish = {
  render: () =>
    html`<main lang="en">
      <qy-needs-report
        .survey=${subdistrictSurvey}
        .responses=${responses}
        .crossTabBy=${byResidency}
      ></qy-needs-report>
    </main>`,
};
export const ReportWithoutSurvey = {
  render: () => html`<main lang="en"><qy-needs-report .report=${report}></qy-needs-report></main>`,
};
export const ResponsesNotCounted = {
  render: () =>
    html`<main lang="zh-CN">
      <qy-needs-report .survey=${subdistrictSurvey} .responses=${withProblems}></qy-needs-report>
    </main>`,
};
export const NoResponsesYet = {
  render: () =>
    html`<main lang="en">
      <qy-needs-report .survey=${subdistrictSurvey} .responses=${[]}></qy-needs-report>
    </main>`,
};
export const Empty = {
  render: () => html`<main lang="en"><qy-needs-report></qy-needs-report></main>`,
};
export const InvalidReport = {
  render: () =>
    html`<main lang="en">
      <qy-needs-report .report=${{ survey: 1, questions: [{ type: 'pie' }] }}></qy-needs-report>
    </main>`,
};
export const DarkTheme = {
  render: () =>
    html`<main lang="en" style=${darkTheme}>
      <qy-needs-report
        .survey=${subdistrictSurvey}
        .responses=${responses}
        .crossTabBy=${byResidency}
      ></qy-needs-report>
    </main>`,
};
export const NarrowPhone = {
  render: () =>
    html`<main lang="zh-CN" style="width:360px">
      <qy-needs-report
        .survey=${subdistrictSurvey}
        .responses=${responses}
        .crossTabBy=${byResidency}
      ></qy-needs-report>
    </main>`,
};
