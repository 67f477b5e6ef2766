import type { ValidationText } from './validation-text.js';

/**
 * A period that ends before it starts.
 *
 * @example
 * if (end < start) ctx.addIssue(validationIssue(dateOrder, {}, ['end']));
 */
export const dateOrder: ValidationText<'date-order'> = {
  key: 'date-order',
  'zh-CN': '结束日期不能早于开始日期',
  en: 'Expected the end date not to be before the start',
};

/**
 * A responsibility contract with a signing date but not signed, or signed without one.
 *
 * @example
 * ctx.addIssue(validationIssue(signedDate, {}, ['signedAt']));
 */
export const signedDate: ValidationText<'signed-date'> = {
  key: 'signed-date',
  'zh-CN': '已签署的职责合同需要签署日期，未签署的不应有签署日期',
  en: 'Expected a signing date exactly when the contract is signed',
};
