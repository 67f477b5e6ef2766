import { localize, needsReport, NeedsSurveySchema } from '@qingyuan/core';
import { subdistrictSurvey } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/needs-report.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  jsonUrl,
  shadow,
  shadowAll,
  shadowText,
  until,
} from '../testing/fixture.js';
import { activeIn, tabUntil } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import { choiceChart, crossTabChart } from './needs-report-charts.js';
import type { QyNeedsReport } from './needs-report.js';
import { surveyResponses } from './survey-responses.fixture.js';

afterEach(() => {
  cleanupFixtures();
  vi.restoreAllMocks();
});

const survey = NeedsSurveySchema.parse(subdistrictSurvey);
const byResidency = { attribute: 'residency' } as const;
const cells = (el: QyNeedsReport, chart: string) =>
  shadowAll(el, `#${chart} tbody tr`).map((tr) =>
    [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
  );

async function computed(lang: string, responses: unknown[] = surveyResponses()) {
  return fixture<QyNeedsReport>(
    html`<qy-needs-report
      .survey=${subdistrictSurvey}
      .responses=${responses}
      .crossTabBy=${byResidency}
    ></qy-needs-report>`,
    { lang },
  );
}

describe('<qy-needs-report>', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await computed('en'));
  });

  it('computes the report with core from the survey and its responses, and charts what it says', async () => {
    const responses = surveyResponses();
    const el = await computed('zh-CN', responses);
    const report = needsReport(survey, responses, { crossTabBy: byResidency });
    expect(el.value).toEqual(report);
    expect(shadow(el, '#counted').textContent?.trim()).toBe(
      `共 ${responses.length} 份答卷：完整 ${responses.length} 份，部分有效 0 份，无效 0 份。`,
    );
    const needs = choiceChart(report, 'q-needs', 'zh-CN', '');
    expect(cells(el, 'chart-q-needs')).toEqual(needs.rows.map((r) => [r.label, ...r.texts]));
    const cross = crossTabChart(report, 'q-needs', 'zh-CN');
    expect(cells(el, 'chart-q-needs-by-group')).toEqual(
      cross.rows.map((r) => [r.label, ...r.texts]),
    );
    // Each bar is as long as its share (the scale is 0–100%), and its value is written beside it.
    const bars = shadowAll(el, '#chart-q-needs rect.bar');
    expect(bars.map((b) => parseFloat(b.getAttribute('width') ?? ''))).toEqual(
      needs.rows.map((r) => r.values[0]! * 100),
    );
    expect(shadowAll(el, '#chart-q-needs .value').map((v) => v.textContent?.trim())).toEqual(
      needs.rows.map((r) => r.texts[0]),
    );
    // The summary sentence names the most chosen option; groups differ by pattern, not colour alone.
    const top = [...needs.rows].sort((a, b) => b.values[0]! - a.values[0]!)[0]!;
    expect(shadow(el, '#chart-q-needs .summary').textContent).toContain(`“${top.label}”`);
    const fills = new Set(
      shadowAll(el, '#chart-q-needs-by-group rect.bar').map((b) => b.getAttribute('fill')),
    );
    expect(fills).toEqual(new Set(['url(#qy-fill-0)', 'url(#qy-fill-1)']));
    expect(shadow(el, '#qy-fill-1').getAttribute('patternTransform')).toBe('rotate(45)');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('speaks English with the survey’s own question texts and rating ends', async () => {
    const el = await computed('en');
    expect(shadow(el, '#heading').textContent).toBe(localizedTitle('en'));
    expect(shadow(el, '#chart-q-needs figcaption').textContent).toBe(
      'Which community services do you and your family need most? (up to three)',
    );
    expect(shadowAll(el, '#chart-q-satisfaction .label').map((l) => l.textContent)).toEqual([
      '1 Very unsatisfied',
      '2',
      '3',
      '4',
      '5 Very satisfied',
    ]);
    expect(shadow(el, '#chart-q-satisfaction .summary').textContent).toMatch(
      /^Mean \d(\.\d)? from 47 answers\.$/,
    );
    expect(shadow(el, '#chart-q-kids').textContent).toMatch(/\d+ answered: mean/);
    expect(shadowAll(el, '#chart-q-idea li')).toHaveLength(3);
    expect(shadowText(el)).toContain('The strongest needs');
  });

  it('opens each chart’s table with the keyboard', async () => {
    const el = await computed('en');
    const stops = await tabUntil(el, 'Show as a table');
    expect(stops).toHaveLength(1);
    const table = shadow(el, '#chart-q-needs table');
    expect(table.checkVisibility()).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect(table.checkVisibility()).toBe(true);
    expect(activeIn(el)?.localName).toBe('summary');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('lists the responses core did not count in full, with core’s reasons', async () => {
    const responses = [
      ...surveyResponses(),
      { id: 'r-broken', survey: survey.id, answers: { 'q-needs': 'goods' } },
    ];
    const el = await computed('en', responses);
    expect(shadow(el, '#counted').textContent).toContain('48 responses');
    const problems = shadow(el, '[part="problems"]');
    expect(problems.textContent).toContain('r-broken');
    const reasons = el.value!.problems[0]!.reasons.map((r) => r.message.en);
    for (const reason of reasons) expect(problems.textContent).toContain(reason);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows a report given alone, naming questions by id', async () => {
    const report = needsReport(survey, surveyResponses());
    const el = await fixture<QyNeedsReport>(
      html`<qy-needs-report .report=${report}></qy-needs-report>`,
      { lang: 'en' },
    );
    expect(shadow(el, '#heading').textContent).toBe('Needs report');
    expect(shadow(el, '#chart-q-needs figcaption').textContent).toBe('q-needs');
    expect(el.shadowRoot!.querySelector('#chart-q-needs-by-group')).toBeNull();
    expect(shadowAll(el, '#chart-q-satisfaction .label').map((l) => l.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('reads the report from the ballot box’s report route built from box and collection', async () => {
    const report = needsReport(survey, surveyResponses());
    const fetched: string[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (input) => {
      fetched.push(String(input));
      return new Response(JSON.stringify(report), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const el = await fixture<QyNeedsReport>(
      html`<qy-needs-report
        box="https://box.example.org/"
        collection="qingyuan needs"
        .survey=${subdistrictSurvey}
      ></qy-needs-report>`,
      { lang: 'zh-CN' },
    );
    await until(() => el.value !== undefined, 'the report');
    expect(fetched).toEqual(['https://box.example.org/collections/qingyuan%20needs/report']);
    await el.updateComplete;
    expect(shadow(el, '#heading').textContent).toBe(localizedTitle('zh-CN'));
    expect(cells(el, 'chart-q-join')).toHaveLength(4);
  });

  it('reads a report from src, and names every place where a bad one is wrong', async () => {
    const errors: QyLoadErrorEvent[] = [];
    const bad = {
      survey: 1,
      responses: { total: -1 },
      questions: [{ question: 'q', type: 'pie' }],
    };
    const el = await fixture<QyNeedsReport>(
      html`<qy-needs-report
        src=${jsonUrl(bad)}
        @qy-load-error=${(e: QyLoadErrorEvent) => errors.push(e)}
      ></qy-needs-report>`,
      { lang: 'en' },
    );
    await until(() => errors.length > 0, 'the load error');
    await el.updateComplete;
    const error = shadow(el, '[part="error"]').textContent ?? '';
    for (const where of [
      'survey',
      'responses.total',
      'topNeeds',
      'questions[0].type',
      'questions[0].answered',
    ])
      expect(error).toContain(where);
    expect(
      errors[0]!.detail.issues.find((i) => i.where === 'questions[0].type')?.message,
    ).toContain('single-choice');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('says a survey given with responses is invalid instead of counting against it', async () => {
    const el = await fixture<QyNeedsReport>(
      html`<qy-needs-report .survey=${{ id: 's' }} .responses=${[]}></qy-needs-report>`,
      { lang: 'zh-CN' },
    );
    expect(shadow(el, '[part="error"]').textContent).toContain('questions');
  });

  it('fits a 360 px phone with 44 px disclosures', async () => {
    const el = await fixture<QyNeedsReport>(
      html`<div style="width:360px">
        <qy-needs-report
          .survey=${subdistrictSurvey}
          .responses=${surveyResponses()}
          .crossTabBy=${byResidency}
        ></qy-needs-report>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-needs-report' },
    );
    for (const details of shadowAll<HTMLDetailsElement>(el, 'details')) details.open = true;
    await el.updateComplete;
    expectFitsNarrow(el, { targets: 'summary', texts: 'h2, h3, .summary, .label, td, th' });
    await expectNoAxeViolations(el.parentElement!);
  });
});

function localizedTitle(locale: 'en' | 'zh-CN'): string {
  return localize(survey.title, locale);
}
