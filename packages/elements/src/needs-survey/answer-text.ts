import {
  isAnswered,
  localize,
  type SurveyAnswer,
  type SurveyQuestion,
  type MessageParams,
} from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';
import type { NeedsSurveyMessageKey } from './needs-survey.messages.js';

/**
 * An answer as one line of text for the review step: option labels (joined with 、 in Chinese),
 * "2. …" for a ranking, "4 of 5" for a rating, a number with its unit.
 *
 * @example
 * answerText(question, ['park', 'library'], 'en', t); // 'Park, Library'
 */
export function answerText(
  question: SurveyQuestion,
  answer: SurveyAnswer | undefined,
  locale: Locale,
  t: (key: NeedsSurveyMessageKey, params?: MessageParams) => string,
): string {
  if (answer === undefined || !isAnswered(answer)) return t('notAnswered');
  const option = (id: string) => {
    const found = 'options' in question ? question.options.find((o) => o.id === id) : undefined;
    return found ? localize(found.label, locale) : id;
  };
  switch (question.type) {
    case 'single-choice':
      return option(String(answer));
    case 'multiple-choice':
      return (answer as string[]).map(option).join(locale === 'zh-CN' ? '、' : ', ');
    case 'ranking':
      return (answer as string[]).map((id, i) => `${i + 1}. ${option(id)}`).join('  ');
    case 'rating':
      return t('ratingOf', { value: Number(answer), max: question.max });
    case 'number':
      return question.unit
        ? `${String(answer)} ${localize(question.unit, locale)}`
        : String(answer);
    case 'free-text':
      return String(answer);
  }
}
