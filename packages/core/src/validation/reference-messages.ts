import type { ValidationText } from './validation-text.js';

/**
 * An id listed twice in one list of a document (`{list}` is the list's key, `{id}` the id).
 *
 * @example
 * ctx.addIssue(validationIssue(duplicateId, { id: 'v01', list: { 'zh-CN': '投票人', en: 'voters' } }, ['voters', 3, 'id']));
 */
export const duplicateId: ValidationText<'duplicate-id'> = {
  key: 'duplicate-id',
  'zh-CN': '{list}中的标识 "{id}" 重复',
  en: 'Duplicate id "{id}" in {list}',
};

/**
 * A reference to an id that the document's list does not hold.
 *
 * @example
 * ctx.addIssue(validationIssue(unknownReference, { id: 'p9', list: { 'zh-CN': '项目', en: 'projects' } }, ['marks', 'p9']));
 */
export const unknownReference: ValidationText<'unknown-reference'> = {
  key: 'unknown-reference',
  'zh-CN': '引用了不存在的{list}标识 "{id}"',
  en: 'Unknown id "{id}" (not in {list})',
};
