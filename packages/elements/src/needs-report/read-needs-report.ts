import type { NeedsReport } from '@qingyuan/core';
import type { ShownIssue, DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';

const TYPES = ['single-choice', 'multiple-choice', 'rating', 'ranking', 'number', 'free-text'];

const words = {
  en: {
    object: 'must be an object',
    list: 'must be a list',
    count: 'must be a whole number, 0 or more',
    text: 'must be a text',
    type: `must be one of ${TYPES.join(', ')}`,
  },
  'zh-CN': {
    object: '应为对象',
    list: '应为列表',
    count: '应为非负整数',
    text: '应为文本',
    type: `应为 ${TYPES.join('、')} 之一`,
  },
} as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Reads what `<qy-needs-report>` is given as its report (a property, inline JSON or the JSON of
 * `src` / the ballot box's `GET /collections/:id/report`): core's `NeedsReport`. Core has no
 * schema for it (it is computed, not stored), so this checks the shape the element draws — the
 * survey id, the response counts, the problems, a list of question summaries of known types, the
 * top needs — and names every place that is wrong, in the reader's language.
 *
 * @example
 * readNeedsReport({ survey: 's', responses: {}, questions: [] }, 'en').ok; // false
 */
export function readNeedsReport(data: unknown, locale: Locale): DocumentResult<NeedsReport> {
  const say = words[locale];
  const issues: ShownIssue[] = [];
  if (!isObject(data)) return { ok: false, issues: [{ where: '', message: say.object }] };
  if (typeof data.survey !== 'string') issues.push({ where: 'survey', message: say.text });
  if (!isObject(data.responses)) issues.push({ where: 'responses', message: say.object });
  else
    for (const key of ['total', 'complete', 'partial', 'malformed']) {
      if (!isCount(data.responses[key]))
        issues.push({ where: `responses.${key}`, message: say.count });
    }
  for (const key of ['problems', 'questions', 'topNeeds']) {
    if (!Array.isArray(data[key])) issues.push({ where: key, message: say.list });
  }
  if (Array.isArray(data.questions)) {
    data.questions.forEach((question: unknown, i) => {
      if (!isObject(question)) {
        issues.push({ where: `questions[${i}]`, message: say.object });
        return;
      }
      if (typeof question.question !== 'string')
        issues.push({ where: `questions[${i}].question`, message: say.text });
      if (!TYPES.includes(question.type as string))
        issues.push({ where: `questions[${i}].type`, message: say.type });
      if (!isCount(question.answered))
        issues.push({ where: `questions[${i}].answered`, message: say.count });
      const list =
        question.type === 'rating'
          ? 'distribution'
          : question.type === 'ranking'
            ? 'borda'
            : question.type === 'free-text'
              ? 'texts'
              : question.type === 'number'
                ? undefined
                : 'options';
      if (list && !Array.isArray(question[list]))
        issues.push({ where: `questions[${i}].${list}`, message: say.list });
    });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: data as unknown as NeedsReport };
}
