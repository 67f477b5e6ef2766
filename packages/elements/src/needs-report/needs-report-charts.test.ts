import { NeedsSurveySchema, needsReport } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { subdistrictSurvey } from '@qingyuan/core/examples';
import {
  bordaChart,
  choiceChart,
  crossTabChart,
  ratingChart,
  shareText,
} from './needs-report-charts.js';
import { surveyResponses } from './survey-responses.fixture.js';

const survey = NeedsSurveySchema.parse(subdistrictSurvey);
const responses = surveyResponses();
const report = needsReport(survey, responses, { crossTabBy: { attribute: 'residency' } });
const chose = (list: typeof responses, option: string) =>
  list.filter((r) => (r.answers['q-needs'] as string[]).includes(option)).length;

describe('needs report charts', () => {
  it('say a share with its count in each language', () => {
    expect(shareText(28 / 52, 28, 'en')).toBe('54% (28)');
    expect(shareText(28 / 52, 28, 'zh-CN')).toBe('54%（28 人）');
  });

  it('chart each option of a choice question with the share of respondents choosing it', () => {
    const chart = choiceChart(report, 'q-needs', 'zh-CN', '全部');
    expect(chart.rows.map((r) => r.label)).toEqual([
      '低价生活用品',
      '儿童看护',
      '老人照料',
      '文体活动',
      '家政培训',
      '环境卫生',
      '缝补熨烫',
    ]);
    const goods = chart.rows.find((r) => r.id === 'goods')!;
    expect(goods.values[0]).toBeCloseTo(chose(responses, 'goods') / responses.length);
  });

  it('compare migrants with long-term residents option by option', () => {
    const chart = crossTabChart(report, 'q-needs', 'en');
    const migrants = responses.filter((r) => r.attributes.residency === 'migrant');
    const longTerm = responses.filter((r) => r.attributes.residency === 'long-term');
    expect(chart.series.map((s) => s.label)).toEqual([
      `Migrant (${migrants.length})`,
      `Long-term resident (${longTerm.length})`,
    ]);
    const goods = chart.rows.find((r) => r.id === 'goods')!;
    expect(goods.values[0]).toBeCloseTo(chose(migrants, 'goods') / migrants.length);
    expect(goods.values[1]).toBeCloseTo(chose(longTerm, 'goods') / longTerm.length);
    // The case study's point: cheap goods matter far more to migrants.
    expect(goods.values[0]!).toBeGreaterThan(goods.values[1]! * 2);
  });

  it('show a rating’s distribution with its labelled ends', () => {
    const chart = ratingChart(report, survey, 'q-satisfaction', 'zh-CN', '全部');
    expect(chart.rows.map((r) => r.label)).toEqual(['1 很不满意', '2', '3', '4', '5 很满意']);
    const ones = responses.filter((r) => r.answers['q-satisfaction'] === 1).length;
    expect(chart.rows[0]!.texts[0]).toBe(shareText(ones / responses.length, ones, 'zh-CN'));
    const sum = responses.reduce((acc, r) => acc + (r.answers['q-satisfaction'] as number), 0);
    expect(chart.mean).toBeCloseTo(sum / responses.length);
  });

  it('rank a ranking question’s options by Borda points, scaled to the most', () => {
    const chart = bordaChart(report, 'q-priority', 'en', 'Points');
    const points = (option: string) =>
      responses.reduce((acc, r) => {
        const ranking = (r.answers['q-priority'] as string[] | undefined) ?? [];
        const at = ranking.indexOf(option);
        return acc + (at < 0 ? 0 : 3 - at);
      }, 0);
    expect(chart.rows.map((r) => r.values[0])).toEqual(chart.rows.map((r) => points(r.id)));
    expect(chart.max).toBe(chart.rows[0]!.values[0]);
    expect(chart.rows.map((r) => r.values[0]!)).toEqual(
      [...chart.rows.map((r) => r.values[0]!)].sort((a, b) => b - a),
    );
  });
});
