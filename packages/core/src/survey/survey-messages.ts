import type { ValidationText } from '../validation/validation-text.js';

/**
 * A show-if condition that refers to a question that is not before it.
 *
 * @example
 * ctx.addIssue(validationIssue(showIfEarlier, { id: 'q3' }, ['questions', 1, 'showIf']));
 */
export const showIfEarlier: ValidationText<'show-if-earlier'> = {
  key: 'show-if-earlier',
  'zh-CN': '显示条件只能引用前面的问题，"{id}" 不在本题之前',
  en: 'A show-if condition may only refer to an earlier question; "{id}" is not earlier',
};

/** A question listed in two sections. */
export const sectionQuestionRepeated: ValidationText<'section-question-repeated'> = {
  key: 'section-question-repeated',
  'zh-CN': '问题 "{id}" 已列在部分 "{section}" 中，不能重复列出',
  en: 'Question "{id}" is already listed in section "{section}"',
};

/** A question in no section of a survey that has sections. */
export const sectionMissingQuestion: ValidationText<'section-missing-question'> = {
  key: 'section-missing-question',
  'zh-CN': '问题 "{id}" 不在任何部分中：问卷分部分时，每个问题都要列入一个部分',
  en: 'Question "{id}" is in no section; when a survey has sections, each question must be in one',
};

/** Sections that list the questions out of the survey's order. */
export const sectionOrder: ValidationText<'section-order'> = {
  key: 'section-order',
  'zh-CN': '各部分应按问卷顺序列出问题：此处应为 "{expected}"，而不是 "{id}"',
  en: 'Sections must list the questions in survey order: expected "{expected}" here, not "{id}"',
};
