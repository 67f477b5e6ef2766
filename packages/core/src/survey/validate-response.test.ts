import { describe, expect, it } from 'vitest';
import { survey } from '../domain/pilot-2007.fixture.js';
import type { SurveyResponse } from './survey-response.js';
import { validateResponse } from './validate-response.js';

const response = (
  answers: SurveyResponse['answers'],
  attributes: Record<string, string> = {},
): SurveyResponse => ({
  id: 'r1',
  survey: 'jinhuali-2007',
  attributes,
  answers,
});

function violations(r: SurveyResponse) {
  const result = validateResponse(survey, r);
  return result.ok ? [] : result.violations;
}

describe('validateResponse', () => {
  it('accepts a complete response', () => {
    const r = response(
      {
        'q-needs': ['childcare'],
        'q-kids': 2,
        'q-priority': ['paradise', 'supermarket'],
        'q-satisfaction': 4,
        'q-idea': '多办活动',
      },
      { residency: 'migrant' },
    );
    expect(validateResponse(survey, r)).toEqual({ ok: true });
  });

  it('does not require a required question that is hidden', () => {
    expect(validateResponse(survey, response({ 'q-needs': ['goods'] }))).toEqual({ ok: true });
  });

  it('response.required-answered: a shown required question left empty', () => {
    expect(violations(response({ 'q-needs': ['childcare'] }))).toEqual([
      {
        rule: 'response.required-answered',
        message: {
          'zh-CN': '必答题“家中有几个孩子？”未回答',
          en: 'Required question “How many children live with you?” is not answered',
        },
        path: ['answers', 'q-kids'],
      },
    ]);
  });

  it('reports every violation at once, each with its rule, both languages and path', () => {
    const r: SurveyResponse = {
      id: 'r2',
      survey: 'other-survey',
      attributes: { residency: 'tourist', age: 'old' },
      answers: {
        'q-needs': ['goods', 'goods', 'spa'],
        'q-kids': 1,
        'q-priority': ['tailor'],
        'q-satisfaction': 4.5,
        'q-idea': 'x'.repeat(201),
        'q-unknown': 'hello',
      },
    };
    expect(violations(r).map((v) => [v.rule, v.path, v.message.en])).toEqual([
      [
        'response.survey-matches',
        ['survey'],
        'The response is for survey "other-survey", not "jinhuali-2007"',
      ],
      [
        'response.known-option',
        ['answers', 'q-needs', 2],
        'Question “Which services do you need most?” has no option "spa"',
      ],
      [
        'response.selection-count',
        ['answers', 'q-needs'],
        'Question “Which services do you need most?” takes 0–2 distinct options, got 3 (with repeats)',
      ],
      [
        'response.shown-question',
        ['answers', 'q-kids'],
        'Question “How many children live with you?” is hidden by its condition but was answered',
      ],
      [
        'response.ranking-complete',
        ['answers', 'q-priority'],
        'Question “Rank these projects” must rank at least 2 distinct options, got 1',
      ],
      [
        'response.in-range',
        ['answers', 'q-satisfaction'],
        'The answer to “How satisfied are you with community services?” should be a whole number in 1–5, got 4.5',
      ],
      [
        'response.text-length',
        ['answers', 'q-idea'],
        'The answer to “Other ideas” takes at most 200 characters, got 201',
      ],
      [
        'response.known-question',
        ['answers', 'q-unknown'],
        'The survey has no question "q-unknown"',
      ],
      [
        'response.known-attribute',
        ['attributes', 'residency'],
        'Respondent attribute "residency" has no value "tourist"',
      ],
      [
        'response.known-attribute',
        ['attributes', 'age'],
        'The survey defines no respondent attribute "age"',
      ],
    ]);
    expect(violations(r).map((v) => v.message['zh-CN'])).toEqual([
      '答卷属于问卷 "other-survey"，不是 "jinhuali-2007"',
      '问题“您最需要哪些服务？”没有选项 "spa"',
      '问题“您最需要哪些服务？”应选择 0–2 个不同的选项，实际 3 个（有重复）',
      '问题“家中有几个孩子？”按显示条件不应出现，却有回答',
      '问题“请为以下项目排序”应排列至少 2 个不同的选项，实际 1 个',
      '问题“您对社区服务的满意度”的答案应为 1–5 之间的整数，实际为 4.5',
      '问题“其他建议”的回答最多 200 个字符，实际 201 个',
      '问卷中没有问题 "q-unknown"',
      '受访者属性 "residency" 没有取值 "tourist"',
      '问卷没有定义受访者属性 "age"',
    ]);
  });

  it('response.answer-type: an answer of the wrong shape', () => {
    const [v] = violations(response({ 'q-needs': 'goods' }));
    expect(v).toEqual({
      rule: 'response.answer-type',
      message: {
        'zh-CN': '问题“您最需要哪些服务？”的答案应为选项标识列表',
        en: 'The answer to “Which services do you need most?” should be a list of option ids',
      },
      path: ['answers', 'q-needs'],
    });
  });

  it('response.in-range: a number question with bounds and integers', () => {
    const [v] = violations(response({ 'q-needs': ['childcare'], 'q-kids': 11 }));
    expect(v!.message.en).toBe(
      'The answer to “How many children live with you?” should be a whole number in 0–10, got 11',
    );
  });
});
