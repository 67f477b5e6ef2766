import type { SurveyAnswer, MessageParams } from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';
import type { NeedsSurveyMessageKey } from './needs-survey.messages.js';

/**
 * What a question renderer of `<qy-needs-survey>` reads and may do: the locale and text, the
 * answers so far, and the three things a question changes — an answer, where focus goes after
 * the update, and what the polite live region says. Renderers are pure functions of it.
 *
 * @example
 * const context: QuestionContext = {
 *   locale: 'en', t, answer: (id) => answers[id], setAnswer, focus, announce,
 * };
 * renderQuestion(question, undefined, context);
 */
export interface QuestionContext {
  readonly locale: Locale;
  /** The survey's text in the element's language, with host overrides. */
  t(key: NeedsSurveyMessageKey, params?: MessageParams): string;
  /** The answer given so far to a question. */
  answer(questionId: string): SurveyAnswer | undefined;
  /** Records (or, with undefined, clears) an answer. */
  setAnswer(questionId: string, answer: SurveyAnswer | undefined): void;
  /** Focuses the first match of a selector (in the element) after the next render. */
  focus(selector: string): void;
  /** Says a short text in the element's polite live region. */
  announce(text: string): void;
}
