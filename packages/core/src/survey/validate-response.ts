import { localize } from '../text/localized-text.js';
import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import type { NeedsSurvey, SurveyQuestion } from './needs-survey.js';
import { isAnswered, shownQuestions } from './show-if.js';
import type { SurveyAnswer, SurveyResponse } from './survey-response.js';

/**
 * The rules a survey response is checked against, with descriptions in both languages.
 * `validateResponse` reports violations under these ids.
 */
export const surveyResponseRules = {
  'response.survey-matches': {
    'zh-CN': '答卷属于这份调查问卷',
    en: 'The response belongs to this survey',
  },
  'response.known-question': {
    'zh-CN': '只回答问卷中有的问题',
    en: 'Only questions of the survey are answered',
  },
  'response.shown-question': {
    'zh-CN': '不回答按显示条件被隐藏的问题',
    en: 'Questions hidden by their show-if condition are not answered',
  },
  'response.required-answered': {
    'zh-CN': '显示出来的必答题都已回答',
    en: 'Every required question that is shown is answered',
  },
  'response.answer-type': {
    'zh-CN': '答案的类型与题型相符',
    en: 'Each answer has the type its question asks for',
  },
  'response.known-option': {
    'zh-CN': '所选选项都是该题的选项',
    en: 'Chosen options belong to the question',
  },
  'response.selection-count': {
    'zh-CN': '多选题所选数量在允许范围内且不重复',
    en: 'A multiple choice selects an allowed number of distinct options',
  },
  'response.ranking-complete': {
    'zh-CN': '排序题的选项不重复且排够所需数量',
    en: 'A ranking lists distinct options, at least as many as required',
  },
  'response.in-range': {
    'zh-CN': '评分和数字在允许范围内（评分为整数）',
    en: 'Ratings and numbers are within bounds (ratings are whole numbers)',
  },
  'response.text-length': {
    'zh-CN': '文字回答不超过长度上限',
    en: 'Free text is within the length limit',
  },
  'response.known-attribute': {
    'zh-CN': '受访者属性及其取值都是问卷定义的',
    en: 'Respondent attributes and their values are defined by the survey',
  },
} as const;

/** The id of a survey response rule. */
export type SurveyResponseRuleId = keyof typeof surveyResponseRules;

function v(
  rule: SurveyResponseRuleId,
  zh: string,
  en: string,
  path: (string | number)[],
): Violation {
  return { rule, message: { 'zh-CN': zh, en }, path };
}

const typeNames = {
  'single-choice': ['一个选项标识', 'one option id'],
  'multiple-choice': ['选项标识列表', 'a list of option ids'],
  ranking: ['按顺序排列的选项标识列表', 'an ordered list of option ids'],
  rating: ['数字评分', 'a numeric rating'],
  number: ['数字', 'a number'],
  'free-text': ['文字', 'text'],
} as const;

function typeFits(question: SurveyQuestion, answer: SurveyAnswer): boolean {
  switch (question.type) {
    case 'single-choice':
    case 'free-text':
      return typeof answer === 'string';
    case 'multiple-choice':
    case 'ranking':
      return Array.isArray(answer);
    case 'rating':
    case 'number':
      return typeof answer === 'number';
  }
}

function checkAnswer(question: SurveyQuestion, answer: SurveyAnswer): Violation[] {
  const path = ['answers', question.id];
  const label = (locale: string) => `“${localize(question.label, locale)}”`;
  if (!typeFits(question, answer)) {
    const [zh, en] = typeNames[question.type];
    return [
      v(
        'response.answer-type',
        `问题${label('zh-CN')}的答案应为${zh}`,
        `The answer to ${label('en')} should be ${en}`,
        path,
      ),
    ];
  }
  const out: Violation[] = [];
  if ('options' in question) {
    const known = new Set(question.options.map((option) => option.id));
    const chosen = Array.isArray(answer) ? answer : [answer as string];
    chosen.forEach((id, index) => {
      if (!known.has(id)) {
        out.push(
          v(
            'response.known-option',
            `问题${label('zh-CN')}没有选项 "${id}"`,
            `Question ${label('en')} has no option "${id}"`,
            Array.isArray(answer) ? [...path, index] : path,
          ),
        );
      }
    });
    const distinct = new Set(chosen).size === chosen.length;
    if (question.type === 'multiple-choice') {
      const count = chosen.length;
      const { minSelected: min, maxSelected: max } = question;
      if (!distinct || (min !== undefined && count < min) || (max !== undefined && count > max)) {
        const range = `${min ?? 0}–${max ?? question.options.length}`;
        out.push(
          v(
            'response.selection-count',
            `问题${label('zh-CN')}应选择 ${range} 个不同的选项，实际 ${count} 个${distinct ? '' : '（有重复）'}`,
            `Question ${label('en')} takes ${range} distinct options, got ${count}${distinct ? '' : ' (with repeats)'}`,
            path,
          ),
        );
      }
    }
    if (question.type === 'ranking') {
      const needed = question.minRanked ?? question.options.length;
      if (!distinct || chosen.length < needed) {
        out.push(
          v(
            'response.ranking-complete',
            `问题${label('zh-CN')}应排列至少 ${needed} 个不同的选项，实际 ${chosen.length} 个${distinct ? '' : '（有重复）'}`,
            `Question ${label('en')} must rank at least ${needed} distinct options, got ${chosen.length}${distinct ? '' : ' (with repeats)'}`,
            path,
          ),
        );
      }
    }
  }
  if (question.type === 'rating' || question.type === 'number') {
    const value = answer as number;
    const min = question.min;
    const max = question.max;
    const wholeNeeded = question.type === 'rating' || question.integer;
    if (
      (min !== undefined && value < min) ||
      (max !== undefined && value > max) ||
      (wholeNeeded && !Number.isInteger(value))
    ) {
      const range = `${min ?? '−∞'}–${max ?? '∞'}`;
      out.push(
        v(
          'response.in-range',
          `问题${label('zh-CN')}的答案应为 ${range} 之间的${wholeNeeded ? '整数' : '数'}，实际为 ${value}`,
          `The answer to ${label('en')} should be a ${wholeNeeded ? 'whole number' : 'number'} in ${range}, got ${value}`,
          path,
        ),
      );
    }
  }
  if (question.type === 'free-text' && question.maxLength !== undefined) {
    const length = [...(answer as string)].length;
    if (length > question.maxLength) {
      out.push(
        v(
          'response.text-length',
          `问题${label('zh-CN')}的回答最多 ${question.maxLength} 个字符，实际 ${length} 个`,
          `The answer to ${label('en')} takes at most ${question.maxLength} characters, got ${length}`,
          path,
        ),
      );
    }
  }
  return out;
}

/**
 * Checks a (schema-valid) response against its survey and returns every violation:
 * unknown or hidden questions answered, required questions missing, wrong answer types,
 * unknown options, selection counts, incomplete rankings, values out of range, text too
 * long, unknown respondent attributes. Show-if conditions are evaluated as the form does.
 *
 * @example
 * const result = validateResponse(survey, response);
 * if (!result.ok) result.violations.map((v) => `${v.path.join('.')}: ${v.message['zh-CN']}`);
 */
export function validateResponse(survey: NeedsSurvey, response: SurveyResponse): RuleCheck {
  const out: Violation[] = [];
  if (response.survey !== survey.id) {
    out.push(
      v(
        'response.survey-matches',
        `答卷属于问卷 "${response.survey}"，不是 "${survey.id}"`,
        `The response is for survey "${response.survey}", not "${survey.id}"`,
        ['survey'],
      ),
    );
  }
  const byId = new Map(survey.questions.map((question) => [question.id, question]));
  const shown = new Set(shownQuestions(survey, response.answers).map((question) => question.id));
  for (const [id, answer] of Object.entries(response.answers)) {
    const question = byId.get(id);
    if (!question) {
      out.push(
        v(
          'response.known-question',
          `问卷中没有问题 "${id}"`,
          `The survey has no question "${id}"`,
          ['answers', id],
        ),
      );
    } else if (!shown.has(id)) {
      if (isAnswered(answer)) {
        out.push(
          v(
            'response.shown-question',
            `问题“${localize(question.label, 'zh-CN')}”按显示条件不应出现，却有回答`,
            `Question “${localize(question.label, 'en')}” is hidden by its condition but was answered`,
            ['answers', id],
          ),
        );
      }
    } else if (isAnswered(answer)) {
      out.push(...checkAnswer(question, answer));
    }
  }
  for (const question of survey.questions) {
    if (!question.required || !shown.has(question.id)) continue;
    if (!isAnswered(response.answers[question.id])) {
      out.push(
        v(
          'response.required-answered',
          `必答题“${localize(question.label, 'zh-CN')}”未回答`,
          `Required question “${localize(question.label, 'en')}” is not answered`,
          ['answers', question.id],
        ),
      );
    }
  }
  const attributes = new Map(survey.attributes.map((attribute) => [attribute.id, attribute]));
  for (const [id, value] of Object.entries(response.attributes)) {
    const attribute = attributes.get(id);
    if (!attribute || !attribute.values.some((option) => option.id === value)) {
      out.push(
        v(
          'response.known-attribute',
          attribute ? `受访者属性 "${id}" 没有取值 "${value}"` : `问卷没有定义受访者属性 "${id}"`,
          attribute
            ? `Respondent attribute "${id}" has no value "${value}"`
            : `The survey defines no respondent attribute "${id}"`,
          ['attributes', id],
        ),
      );
    }
  }
  return toRuleCheck(out);
}
